package vn.gnbv.findings;

import java.util.List;

/**
 * A rule as the findings and the catalogue describe it: its contract metadata (DESIGN.md "Rules"),
 * the rule file and line, the parameters it reads itself and through the derived facts it matches,
 * the comment above it in the DRL (clause: the words of the law it quotes), the parameters it
 * applies without (whenAbsent: `not Param(…)`), the confidence of the clause's wording
 * (@confidence, when the rule says it: null otherwise), and a hash of its text (so a draft rule set
 * shows which rules changed).
 */
public record RuleMeta(String id, String name, String severity, String legalBasis, String file, int line,
                       List<String> parameters, List<String> dependsOn, int sourceHash, String confidence,
                       List<String> whenAbsent, String clause) {

    public RuleMeta(String id, String name, String severity, String legalBasis, String file, List<String> parameters) {
        this(id, name, severity, legalBasis, file, 0, parameters, parameters, 0, null, List.of(), "");
    }

    /** The rule's title without its ID. */
    public String title() {
        return name.startsWith(id) ? name.substring(id.length()).trim() : name;
    }
}
