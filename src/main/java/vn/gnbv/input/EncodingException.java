package vn.gnbv.input;

import java.io.IOException;

/** A file that is not UTF-8 text, with the error to report for it (file named when reported). */
final class EncodingException extends IOException {
    private final int line, column;
    private final String code;
    private final Object[] args;

    EncodingException(int line, int column, String code, Object... args) {
        super(code);
        this.line = line;
        this.column = column;
        this.code = code;
        this.args = args;
    }

    InputError error(String file) {
        return InputError.of(new Location(file, line, column), code, args);
    }
}
