package vn.gnbv.output;

import com.fasterxml.jackson.core.JsonGenerator;
import vn.gnbv.catalogue.CatalogueEntry;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** The rule catalogue as text, JSON or Markdown (rules/CATALOGUE.md is the Markdown), in the chosen language. */
public final class CatalogueWriter {
    public static final List<String> FORMATS = List.of("text", "json", "markdown");

    private CatalogueWriter() {}

    public static void write(String format, OutputStream out, List<CatalogueEntry> entries, Messages m, boolean pretty)
            throws IOException {
        switch (format) {
            case "json" -> json(out, entries, pretty);
            case "markdown" -> markdown(out, entries, m);
            default -> text(out, entries, m);
        }
    }

    private static void text(OutputStream stream, List<CatalogueEntry> entries, Messages m) throws IOException {
        try (Lines out = new Lines(stream)) {
            for (CatalogueEntry e : entries) {
                out.line(e.id() + "  " + m.text("severity." + e.severity()) + "  " + SummaryText.ruleTitle(e.id(), e.name(), m));
                out.line("    " + m.text("report.basis") + ": " + e.legalBasis());
                out.line("    " + m.text("catalogue.file") + ": " + e.file());
                if (!e.parameters().isEmpty()) {
                    out.line("    " + m.text("report.parameters") + ": " + String.join(", ", e.parameters()));
                    out.line("    " + m.text("catalogue.in-force") + ": " + inForce(e, m) + "; " + m.text("catalogue.confidence")
                            + ": " + m.text("confidence." + e.confidence()));
                }
            }
        }
    }

    private static String inForce(CatalogueEntry e, Messages m) {
        if (e.inForceFrom() == null) return m.text("catalogue.not-limited");
        return m.text("catalogue.from") + " " + m.date(e.inForceFrom())
                + (e.inForceTo() == null ? "" : " " + m.text("catalogue.to") + " " + m.date(e.inForceTo()));
    }

    private static void json(OutputStream out, List<CatalogueEntry> entries, boolean pretty) throws IOException {
        JsonGenerator g = Json.open(out, pretty);
        Json.value(g, entries);
        Json.close(g, out);
    }

    private static void markdown(OutputStream stream, List<CatalogueEntry> entries, Messages m) throws IOException {
        try (Lines out = new Lines(stream)) {
            out.line("# " + m.text("catalogue.title")).line();
            out.line(m.text("catalogue.generated")).line();
            out.line("| ID | " + m.text("col.severity") + " | " + m.text("col.title") + " | " + m.text("report.basis") + " | "
                    + m.text("catalogue.file") + " | " + m.text("report.parameters") + " | " + m.text("catalogue.in-force") + " | "
                    + m.text("catalogue.confidence") + " |");
            out.line("|---|---|---|---|---|---|---|---|");
            for (CatalogueEntry e : entries) {
                out.line("| [" + e.id() + "](docs/" + e.id() + ".md) | " + m.text("severity." + e.severity()) + " | "
                        + MarkdownWriter.cell(SummaryText.ruleTitle(e.id(), e.name(), m)) + " | " + MarkdownWriter.cell(e.legalBasis())
                        + " | " + MarkdownWriter.cell(e.file()) + " | "
                        + MarkdownWriter.cell(String.join(", ", e.parameters().stream().map(p -> "`" + p + "`").toList())) + " | "
                        + (e.inForceFrom() == null ? "" : m.date(e.inForceFrom()) + " – " + (e.inForceTo() == null ? "" : m.date(e.inForceTo())))
                        + " | " + (e.confidence() == null ? "" : m.text("confidence." + e.confidence())) + " |");
            }
        }
    }
}
