package vn.gnbv.engine;

import java.util.List;

/**
 * A rule's contract metadata (DESIGN.md "Rules"), the parameters its DRL names, and a hash of its
 * text (so a draft rule set shows which rules changed).
 */
public record RuleMeta(String id, String name, String severity, String legalBasis, String file,
                       List<String> parameters, int sourceHash) {

    public RuleMeta(String id, String name, String severity, String legalBasis, String file, List<String> parameters) {
        this(id, name, severity, legalBasis, file, parameters, 0);
    }
}
