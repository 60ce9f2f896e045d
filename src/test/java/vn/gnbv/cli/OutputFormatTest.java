package vn.gnbv.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Without --format, the name of -o's file says the format, when the command writes it. */
class OutputFormatTest {
    private static final List<String> CHECK = List.of("text", "json", "sarif", "junit", "markdown", "xlsx", "html");

    @ParameterizedTest(name = "--format {0}, -o {1} → {2}")
    @CsvSource(nullValues = "-", value = {
            "-, ket-qua.xlsx, xlsx",
            "-, KET-QUA.XLSX, xlsx",
            "-, bao-cao.html, html",
            "-, bao-cao.htm, html",
            "-, r.json, json",
            "-, r.md, markdown",
            "-, r.sarif, sarif",
            "-, r.xml, junit",
            "-, r.txt, text",
            "-, r.csv, text",       // check writes no CSV: its default
            "-, r, text",
            "-, .xlsx, text",       // a hidden file's name, not an extension
            "-, -, text",           // standard output
            "json, r.xlsx, json",   // --format as given
    })
    void theFileNameSaysTheFormat(String given, String output, String expected) {
        assertThat(OutputFormat.of(given, output == null ? null : Path.of("out", output), "text", CHECK)).isEqualTo(expected);
    }
}
