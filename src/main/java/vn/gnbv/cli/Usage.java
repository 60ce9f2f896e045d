package vn.gnbv.cli;

import java.util.Map;

/** A usage error (exit 2), worded from the error catalogue in the chosen language. */
final class Usage extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String code;
    final Map<String, Object> args;

    /** A --lang value gnbv has no messages in. */
    static void requireLanguage(String lang) {
        if (!vn.gnbv.output.Messages.LANGUAGES.contains(lang)) {
            throw new Usage("usage.lang", "value", lang, "allowed", String.join(", ", vn.gnbv.output.Messages.LANGUAGES));
        }
    }

    Usage(String code, Object... keyValues) {
        super(code);
        this.code = code;
        var m = new java.util.LinkedHashMap<String, Object>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) m.put((String) keyValues[i], keyValues[i + 1]);
        this.args = m;
    }
}
