package vn.gnbv.findings;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Findings for people: grouped by district, then unit, each with basis, parameters and source. */
public final class TextReport {
    private TextReport() {}

    /** names: display names of districts and units by id ("nam-tra-my", "commune:tra-mai"); may be empty. */
    public static void write(PrintWriter out, LocalDate asOf, List<Finding> findings, Messages m,
                             Map<String, String> names) {
        out.println(m.text("report.title") + " — " + m.text("report.asOf") + ": " + asOf);
        if (findings.isEmpty()) {
            out.println(m.text("report.none"));
            return;
        }
        String district = null, unit = null;
        boolean first = true;
        for (Finding f : findings) {
            if (first || !Objects.equals(district, f.district())) {
                district = f.district();
                unit = null;
                out.println();
                out.println("== " + m.text("report.district") + ": "
                        + (district != null ? named(district, names)
                        : "province".equals(f.unit()) || f.unit() == null || f.unit().startsWith("group:")
                        ? m.text("report.province-level") : m.text("report.no-district")));
            }
            if (first || !Objects.equals(unit, f.unit())) {
                unit = f.unit();
                out.println("-- " + m.text("report.commune") + ": " + (unit == null ? m.text("report.no-unit")
                        : "province".equals(unit) ? m.text("report.province-level") : named(unit, names)));
            }
            first = false;
            out.println("[" + m.text("severity." + f.severity()) + "] " + f.rule() + " " + f.subject()
                    + (f.amount() == null ? "" : " (" + m.value(f.amount()) + " VND)"));
            out.println("    " + m.message(f));
            out.println("    " + m.text("report.basis") + ": " + f.legalBasis());
            for (UsedParameter p : f.parameters()) {
                out.println("    " + m.text("report.parameters") + ": " + p.name() + " = " + m.value(p.value())
                        + " (" + p.ref() + ")" + ("unconfirmed".equals(p.confidence())
                        ? " [" + m.text("report.unconfirmed") + "]" : ""));
            }
            if (f.source() != null) out.println("    " + m.text("report.source") + ": " + f.source().file() + ":" + f.source().line());
        }
        out.println();
        out.println(m.text("report.summary", Map.of(
                "error", count(findings, "error"), "warning", count(findings, "warning"), "info", count(findings, "info"))));
    }

    /** Waived findings apart, then waivers that expired or matched nothing. */
    public static void writeWaivers(PrintWriter out, vn.gnbv.waivers.WaiverResult w, Messages m) {
        if (w.isEmpty()) return;
        out.println();
        out.println("== " + m.text("waivers.title"));
        for (var x : w.waived()) {
            out.println("[" + m.text("waivers.waived") + "] " + x.finding().rule() + " " + x.finding().subject() + " — "
                    + x.waiver().decision() + ", " + m.text("waivers.until") + " " + x.waiver().expires() + ": "
                    + x.waiver().justification());
        }
        for (var x : w.expired()) {
            out.println("[" + m.text("waivers.expired") + "] " + x.rule() + " " + (x.subject() != null ? x.subject() : x.unit())
                    + " — " + x.decision() + ", " + m.text("waivers.until") + " " + x.expires() + " (" + x.source().file() + ":" + x.source().line() + ")");
        }
        for (var x : w.unmatched()) {
            out.println("[" + m.text("waivers.unmatched") + "] " + x.rule() + " " + (x.subject() != null ? x.subject() : x.unit())
                    + " — " + x.decision() + " (" + x.source().file() + ":" + x.source().line() + ")");
        }
    }

    /** The money summary after the findings: totals, then stages, projects and units, largest first. */
    public static void writeSummary(PrintWriter out, MoneySummary s, Messages m, Map<String, String> names) {
        if (s.isEmpty()) return;
        out.println();
        out.println("== " + m.text("summary.title"));
        if (!s.totals().isEmpty() && s.totals().containsKey("planned")) out.println(m.text("summary.totals", s.totals()));
        out.println(m.text("summary.total-at-stake") + ": " + m.value(s.totalAtStake()));
        if (!s.capacity().isEmpty()) {
            out.println("-- " + m.text("summary.capacity"));
            for (Capacity c : s.capacity()) {
                out.println("   " + m.text("summary.capacity-row", Values.of("unit",
                        c.unit().equals("province") ? m.text("report.province-level") : named(c.unit(), names),
                        "staff", c.staff(), "households", c.households(), "poorHouseholds", c.poorHouseholds(),
                        "planned", c.planned(), "householdsPerOfficer", c.householdsPerOfficer(),
                        "poorPerOfficer", c.poorPerOfficer(), "plannedPerOfficer", c.plannedPerOfficer())));
            }
        }
        section(out, m, m.text("summary.by-stage"), s.byStage(), k -> m.text("stage." + k));
        section(out, m, m.text("summary.by-project"), s.byProject(), k -> k.isEmpty() ? m.text("summary.no-project") : k);
        section(out, m, m.text("summary.by-unit"), s.byUnit(),
                k -> k.equals("province") ? m.text("report.province-level") : named(k, names));
    }

    private static void section(PrintWriter out, Messages m, String title, List<MoneySummary.Row> rows,
                                java.util.function.Function<String, String> label) {
        if (rows.isEmpty()) return;
        out.println("-- " + title);
        for (MoneySummary.Row r : rows) {
            StringBuilder b = new StringBuilder(String.format("   %20s  %s", m.value(r.amount()), label.apply(r.key())));
            if (r.stages().size() > 1 || !title.equals(m.text("summary.by-stage"))) {
                b.append("  (");
                boolean first = true;
                for (var e : r.stages().entrySet()) {
                    if (!first) b.append("; ");
                    b.append(m.text("stage." + e.getKey())).append(" ").append(m.value(e.getValue()));
                    first = false;
                }
                b.append(")");
            }
            out.println(b);
        }
    }

    private static String named(String id, Map<String, String> names) {
        String n = names.get(id);
        return n == null ? id : n + " (" + id + ")";
    }

    private static long count(List<Finding> fs, String severity) {
        return fs.stream().filter(f -> f.severity().equals(severity)).count();
    }
}
