package vn.gnbv.cli;

import vn.gnbv.input.WorkFailure;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * The stream a report is written to. A write that fails (a full disk, a closed pipe) fails as the
 * report's own failure, naming its file; so a failure of a writer's temporary files (the
 * spreadsheet library's, in the temporary folder) is never taken for one of the report.
 */
final class ReportStream extends OutputStream {
    private final OutputStream out;
    private final Path file;

    /** file: the report's file, or null for standard output. */
    ReportStream(OutputStream out, Path file) {
        this.out = out;
        this.file = file;
    }

    @Override
    public void write(int b) {
        run(() -> out.write(b));
    }

    @Override
    public void write(byte[] b, int off, int len) {
        run(() -> out.write(b, off, len));
    }

    @Override
    public void flush() {
        run(out::flush);
    }

    @Override
    public void close() {
        run(out::close);
    }

    private interface Write {
        void run() throws IOException;
    }

    private void run(Write w) {
        try {
            w.run();
        } catch (IOException e) {
            throw WorkFailure.report(file, e);
        }
    }
}
