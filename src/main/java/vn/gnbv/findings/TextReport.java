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
                        + (district == null ? m.text("report.no-district") : named(district, names)));
            }
            if (first || !Objects.equals(unit, f.unit())) {
                unit = f.unit();
                out.println("-- " + m.text("report.commune") + ": " + named(unit, names));
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

    private static String named(String id, Map<String, String> names) {
        String n = names.get(id);
        return n == null ? id : n + " (" + id + ")";
    }

    private static long count(List<Finding> fs, String severity) {
        return fs.stream().filter(f -> f.severity().equals(severity)).count();
    }
}
