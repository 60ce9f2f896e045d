package vn.gnbv.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Standard output or a file, always UTF-8. */
final class Output {
    private Output() {}

    static PrintWriter open(Path file) throws IOException {
        Writer w = file == null
                ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
                : Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new PrintWriter(w, false);
    }
}
