package vn.gnbv.input;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Workbooks as other software writes them, for tests: a copy with the XML of some parts edited. */
public final class XlsxParts {
    private XlsxParts() {}

    /** Copies a workbook, passing the XML of every part whose name starts with prefix through edit. */
    public static void rewrite(Path from, Path to, String prefix, UnaryOperator<String> edit) throws IOException {
        try (var in = new ZipInputStream(Files.newInputStream(from)); var out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] b = in.readAllBytes();
                if (e.getName().startsWith(prefix)) b = edit.apply(new String(b, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(b);
            }
        }
    }
}
