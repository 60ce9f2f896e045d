package vn.gnbv.findings;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Findings as Markdown for a council paper: counts, then a table per district and unit. */
public final class MarkdownReport {
    private MarkdownReport() {}

    public static void write(PrintWriter out, LocalDate asOf, List<Finding> findings, Messages m,
                             Map<String, String> names, MoneySummary summary) {
        out.println("# " + m.text("report.title") + " — " + asOf);
        out.println();
        out.println(m.text("report.summary", Map.of("error", count(findings, "error"),
                "warning", count(findings, "warning"), "info", count(findings, "info"))));
        String group = null;
        boolean first = true;
        for (Finding f : findings) {
            String g = f.district() + "|" + f.unit();
            if (first || !Objects.equals(group, g)) {
                group = g;
                first = false;
                out.println();
                out.println("## " + (f.district() == null ? "" : name(f.district(), names) + " — ")
                        + (f.unit() == null ? m.text("report.no-unit") : "province".equals(f.unit())
                        ? m.text("report.province-level") : name(f.unit(), names)));
                out.println();
                out.println("| | Rule | Subject | Finding | VND | " + m.text("report.basis") + " | " + m.text("report.source") + " |");
                out.println("|---|---|---|---|---:|---|---|");
            }
            out.println("| " + m.text("severity." + f.severity()) + " | " + f.rule() + " | " + cell(f.subject()) + " | "
                    + cell(m.message(f)) + " | " + (f.amount() == null ? "" : m.value(f.amount())) + " | "
                    + cell(f.legalBasis()) + " | " + (f.source() == null ? "" : cell(f.source().file() + ":" + f.source().line())) + " |");
        }
        if (summary != null && !summary.byStage().isEmpty()) {
            out.println();
            out.println("## " + m.text("summary.title"));
            out.println();
            out.println("| " + m.text("summary.by-stage") + " | VND |");
            out.println("|---|---:|");
            summary.byStage().forEach(r -> out.println("| " + m.text("stage." + r.key()) + " | " + m.value(r.amount()) + " |"));
        }
    }

    private static String name(String id, Map<String, String> names) {
        return names.containsKey(id) ? names.get(id) + " (" + id + ")" : id;
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    private static long count(List<Finding> fs, String severity) {
        return fs.stream().filter(f -> f.severity().equals(severity)).count();
    }
}
