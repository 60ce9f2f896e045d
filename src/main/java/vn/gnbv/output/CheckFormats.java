package vn.gnbv.output;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The formats of `check`, by name (the list feeds --help), and the writer of each. */
public final class CheckFormats {
    private static final Map<String, Supplier<ReportWriter>> WRITERS = new LinkedHashMap<>();

    static {
        WRITERS.put("text", TextWriter::new);
        WRITERS.put("json", JsonWriter::new);
        WRITERS.put("sarif", SarifWriter::new);
        WRITERS.put("junit", JUnitWriter::new);
        WRITERS.put("markdown", MarkdownWriter::new);
        WRITERS.put("xlsx", XlsxWriter::new);
        WRITERS.put("html", HtmlWriter::new);
    }

    private CheckFormats() {}

    public static List<String> names() {
        return List.copyOf(WRITERS.keySet());
    }

    /** A format whose output is not text: refused on a terminal. */
    public static boolean binary(String name) {
        return name.equals("xlsx");
    }

    public static ReportWriter writer(String name) {
        Supplier<ReportWriter> w = WRITERS.get(name);
        if (w == null) throw new IllegalArgumentException(name);
        return w.get();
    }
}
