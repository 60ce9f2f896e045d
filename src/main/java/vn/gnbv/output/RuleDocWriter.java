package vn.gnbv.output;

import vn.gnbv.catalogue.CatalogueEntry;
import vn.gnbv.findings.RuleMeta;
import vn.gnbv.fixtures.Expectation;
import vn.gnbv.fixtures.FixtureCase;
import vn.gnbv.parameters.Entry;
import vn.gnbv.parameters.Series;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * One rule's documentation page (rules/docs/<ID>.md, the SARIF helpUri): its title, severity, file
 * and line, legal basis and the clause it quotes (the comment above it in the DRL), the parameters
 * it depends on with every dated value, citation and confidence, and an example from its fixtures.
 */
public final class RuleDocWriter {
    private RuleDocWriter() {}

    /** A fixture case that shows the rule: its expected findings of the rule (empty for a derivation). */
    public record Example(FixtureCase fixture, String file, List<Expectation> findings) {}

    public static void write(OutputStream stream, RuleMeta rule, CatalogueEntry entry, Map<String, Series> parameters,
                             Example example, Messages m) throws IOException {
        try (Lines out = new Lines(stream)) {
            out.line("# " + rule.id() + " — " + SummaryText.ruleTitle(rule.id(), rule.title(), m)).line();
            out.line("- " + m.text("col.severity") + ": " + m.text("severity." + rule.severity()));
            out.line("- " + m.text("catalogue.file") + ": `" + rule.file() + ":" + rule.line() + "`");
            out.line("- " + m.text("catalogue.in-force") + ": " + (entry.inForceFrom() == null ? m.text("catalogue.not-limited")
                    : m.text("catalogue.from") + " " + m.date(entry.inForceFrom())
                    + (entry.inForceTo() == null ? "" : " " + m.text("catalogue.to") + " " + m.date(entry.inForceTo()))));
            if (entry.confidence() != null) {
                out.line("- " + m.text("catalogue.confidence") + ": " + m.text("confidence." + entry.confidence()));
            }
            out.line().line("## " + m.text("report.basis")).line().line(rule.legalBasis());
            if (!rule.clause().isBlank()) {
                out.line().line("## " + m.text("docs.clause")).line();
                for (String l : rule.clause().split("\n")) out.line("> " + l);
            }
            if (!entry.parameters().isEmpty()) {
                out.line().line("## " + m.text("report.parameters")).line();
                out.line("| " + m.text("docs.parameter") + " | " + m.text("docs.from") + " | " + m.text("docs.value") + " | "
                        + m.text("docs.ref") + " | " + m.text("catalogue.confidence") + " |");
                out.line("|---|---|---|---|---|");
                for (String name : entry.parameters()) {
                    Series s = parameters.get(name);
                    if (s == null) continue;
                    for (var e : s.values().entrySet()) {
                        Entry v = e.getValue();
                        out.line("| `" + name + "` | " + m.date(e.getKey()) + " | "
                                + MarkdownWriter.cell(v.value() == null ? "—" : m.value(v.value())) + " | "
                                + MarkdownWriter.cell(v.ref() == null ? "" : v.ref()) + " | "
                                + m.text("confidence." + (v.confidence() == null ? "confirmed" : v.confidence())) + " |");
                    }
                }
            }
            out.line().line("## " + m.text("docs.example")).line();
            if (example == null) {
                out.line(m.text("docs.no-example"));
                return;
            }
            FixtureCase c = example.fixture();
            out.line(c.asOf() == null ? m.text("docs.case-dated-in-facts", Map.of("name", c.name(), "file", example.file()))
                    : m.text("docs.case", Map.of("name", c.name(), "file", example.file(), "date", c.asOf())));
            if (example.findings().isEmpty()) out.line().line(m.text("docs.derivation"));
            for (Expectation x : example.findings()) {
                out.line().line("- `" + x.rule() + "` " + x.subject() + (x.amount() == null ? "" : " — " + m.money(x.amount()))
                        + (x.values() == null || x.values().isEmpty() ? "" : ": `" + x.values() + "`"));
            }
        }
    }
}
