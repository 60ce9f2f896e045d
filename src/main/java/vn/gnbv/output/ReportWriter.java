package vn.gnbv.output;

import java.io.IOException;
import java.io.OutputStream;

/** A format of `check`: writes a report to a stream (the caller makes it a file atomically). */
public interface ReportWriter {
    void write(CheckReport report, OutputStream out) throws IOException;
}
