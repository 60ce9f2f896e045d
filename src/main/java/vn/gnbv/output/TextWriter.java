package vn.gnbv.output;

import vn.gnbv.findings.Finding;
import vn.gnbv.findings.UsedParameter;
import vn.gnbv.summary.CheckSummary;
import vn.gnbv.waivers.Waived;
import vn.gnbv.waivers.Waiver;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Findings for people, in the chosen language: the summary first (what was checked, counts by
 * rule, by district and commune, the money), then the findings grouped by district and unit, each
 * with its legal basis, the parameters used and the source line; then waivers.
 */
final class TextWriter implements ReportWriter {
    @Override
    public void write(CheckReport r, OutputStream stream) throws IOException {
        Messages m = r.messages();
        UnitNames names = r.units();
        CheckSummary s = r.summary();
        try (Lines out = new Lines(stream)) {
            out.line(m.text("report.title") + " — " + m.text("report.asOf") + ": " + m.date(r.asOf()));
            if (!r.draftParameters().isEmpty()) {
                out.line(m.text("report.draft-parameters") + ": " + m.changes(r.draftParameters()));
            }
            if (!r.parameters().draftNotInForce().isEmpty()) out.line(m.notInForce(r.parameters().draftNotInForce(), r.asOf()));
            out.line().line("== " + m.text("summary.heading"));
            out.line(SummaryText.checked(s, m));
            out.line(SummaryText.severities(s, m));
            if (!s.byRule().isEmpty()) {
                out.line("-- " + m.text("summary.by-rule"));
                for (String[] row : SummaryText.rules(s, r)) {
                    out.line(String.format("   %-7s %-10s %8s %s  %s%s", row[0], row[1], row[2],
                            m.text("summary.findings-of", Map.of("subjects", row[3])), row[5],
                            row[4].isEmpty() ? "" : " — " + row[4] + " " + m.text("word.currency")));
                }
            }
            if (!s.byUnit().isEmpty()) {
                out.line("-- " + m.text("summary.by-unit"));
                for (String[] row : SummaryText.units(s, r)) {
                    StringBuilder b = new StringBuilder("   ").append(row[0]).append(": ");
                    if (!row[1].isEmpty()) b.append(m.text("summary.unit-checked", Map.of("households", row[1],
                            "persons", row[2].isEmpty() ? "0" : row[2]))).append("; ");
                    b.append(m.text("summary.unit-findings", Map.of("error", row[3], "warning", row[4], "info", row[5])));
                    if (!row[6].isEmpty()) b.append("; ").append(row[6]);
                    if (!row[7].isEmpty()) b.append("; ").append(row[7]).append(" ").append(m.text("word.currency"));
                    out.line(b.toString());
                }
            }
            List<String[]> money = SummaryText.money(s, m);
            if (!money.isEmpty()) {
                out.line("-- " + m.text("summary.title"));
                for (String[] row : money) out.line("   " + row[0] + (row[1].isEmpty() ? "" : ": " + row[1] + " " + m.text("word.currency")));
                section(out, m.text("summary.by-project"), SummaryText.breakdown(s.money().byProject(),
                        k -> k.isEmpty() ? m.text("summary.no-project") : k, m), m);
                section(out, m.text("summary.by-unit-money"), SummaryText.breakdown(s.money().byUnit(), names::of, m), m);
            }
            List<String> capacity = SummaryText.capacity(s, r);
            if (!capacity.isEmpty()) {
                out.line("-- " + m.text("summary.capacity"));
                for (String c : capacity) out.line("   " + c);
            }
            findings(out, r);
            waivers(out, r);
        }
    }

    private static void section(Lines out, String title, List<String[]> rows, Messages m) throws IOException {
        if (rows.isEmpty()) return;
        out.line("-- " + title);
        for (String[] row : rows) {
            out.line(String.format("   %20s  %s%s", row[1], row[0], row[2].isEmpty() ? "" : "  (" + row[2] + ")"));
        }
    }

    private static void findings(Lines out, CheckReport r) throws IOException {
        Messages m = r.messages();
        UnitNames names = r.units();
        Iterator<Finding> it = r.findings();
        if (!it.hasNext()) {
            out.line().line(m.text("report.none"));
            return;
        }
        String district = null, unit = null;
        boolean first = true;
        while (it.hasNext()) {
            Finding f = it.next();
            if (first || !Objects.equals(district, f.district())) {
                district = f.district();
                unit = null;
                out.line().line("== " + (district != null ? m.text("report.district") + ": " + names.district(district)
                        : m.text("report.province-wide")));
            }
            if (first || !Objects.equals(unit, f.unit())) {
                unit = f.unit();
                out.line("-- " + names.of(unit));
            }
            first = false;
            out.line("[" + m.text("severity." + f.severity()) + "] " + f.rule() + " " + f.subject()
                    + (f.name() == null ? "" : " (" + f.name() + ")")
                    + (f.amount() == null ? "" : " — " + m.money(f.amount())));
            out.line("    " + m.message(f));
            out.line("    " + m.text("report.basis") + ": " + f.legalBasis());
            for (UsedParameter p : f.parameters()) {
                out.line("    " + m.text("report.parameters") + ": " + p.name() + " = " + m.value(p.value())
                        + " (" + p.ref() + ")" + (p.confidence() != null && !p.confidence().equals("confirmed")
                        ? " [" + m.text("confidence." + p.confidence()) + "]" : ""));
            }
            if (f.source() != null) out.line("    " + m.text("report.source") + ": " + f.source());
        }
    }

    private static void waivers(Lines out, CheckReport r) throws IOException {
        Messages m = r.messages();
        if (r.waived().isEmpty() && r.expired().isEmpty() && r.unmatched().isEmpty()) return;
        out.line().line("== " + m.text("waivers.title"));
        for (Waived x : r.waived()) {
            out.line("[" + m.text("waivers.waived") + "] " + x.finding().rule() + " " + x.finding().subject() + " — "
                    + x.waiver().decision() + ", " + m.text("waivers.until") + " " + m.date(x.waiver().expires()) + ": "
                    + x.waiver().justification());
        }
        for (Waiver x : r.expired()) {
            out.line("[" + m.text("waivers.expired") + "] " + x.rule() + " " + (x.subject() != null ? x.subject() : x.unit())
                    + " — " + x.decision() + ", " + m.text("waivers.until") + " " + m.date(x.expires()) + " (" + x.source() + ")");
        }
        for (Waiver x : r.unmatched()) {
            out.line("[" + m.text("waivers.unmatched") + "] " + x.rule() + " " + (x.subject() != null ? x.subject() : x.unit())
                    + " — " + x.decision() + " (" + x.source() + ")");
        }
    }
}
