package vn.gnbv.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Text written line by line in UTF-8; a failed write is an exception, never ignored (unlike PrintWriter). */
final class Lines implements AutoCloseable {
    private final Writer out;

    Lines(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    Lines line(String s) throws IOException {
        out.write(s);
        out.write('\n');
        return this;
    }

    Lines line() throws IOException {
        out.write('\n');
        return this;
    }

    Lines text(String s) throws IOException {
        out.write(s);
        return this;
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
