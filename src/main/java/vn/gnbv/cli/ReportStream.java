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
        try {
            out.write(b);
        } catch (IOException e) {
            throw WorkFailure.report(file, e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw WorkFailure.report(file, e);
        }
    }

    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw WorkFailure.report(file, e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw WorkFailure.report(file, e);
        }
    }
}
