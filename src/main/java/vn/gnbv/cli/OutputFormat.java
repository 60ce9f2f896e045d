package vn.gnbv.cli;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * The format a command writes: --format as given; without it, the one the name of -o's file says
 * (ket-qua.xlsx: a workbook, not text under an Excel name that Excel refuses to open), when the
 * command writes it; else the command's default.
 */
final class OutputFormat {
    private static final Map<String, String> BY_EXTENSION = Map.of("txt", "text", "json", "json", "xlsx", "xlsx",
            "html", "html", "htm", "html", "md", "markdown", "csv", "csv", "sarif", "sarif", "xml", "junit");

    private OutputFormat() {}

    static String of(String given, Path output, String byDefault, Collection<String> written) {
        if (given != null) return given;
        if (output != null && output.getFileName() != null) {
            String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
            int dot = name.lastIndexOf('.');
            String named = dot > 0 ? BY_EXTENSION.get(name.substring(dot + 1)) : null;
            if (named != null && written.contains(named)) return named;
        }
        return byDefault;
    }
}
