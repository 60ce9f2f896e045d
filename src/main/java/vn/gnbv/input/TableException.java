package vn.gnbv.input;

import java.io.IOException;

/** A table file that cannot be read as one (not a workbook, damaged, protected), with the error to report. */
public final class TableException extends IOException {
    private final String code;
    private final String detail;

    public TableException(String code, String detail) {
        super(code + (detail == null ? "" : ": " + detail));
        this.code = code;
        this.detail = detail == null ? "" : detail;
    }

    public InputError error(String file) {
        return InputError.of(Location.ofFile(file), code, "detail", detail);
    }
}
