package vn.gnbv.input;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The type of a field in an input file, and how its tokens become a Java value. Values are taken as
 * written: an identifier keeps its digits ("010" stays "010"), and a number in a notation YAML 1.1
 * reads differently from how people read it (010, 0x1F, 1_000) is refused rather than converted.
 */
public interface Type {
    /** Reads the value at the current token (to its end); null after adding an error. */
    Object read(Tokens t, String field, Errors errors) throws IOException;

    /** What was expected, as an error-catalogue key. */
    String expected();

    /** Reads a tree already read (parameters, fixtures). */
    default Object convert(Node n, String field, Errors errors) {
        try {
            NodeTokens t = new NodeTokens(n);
            t.next();
            return read(t, field, errors);
        } catch (IOException e) {
            throw new IllegalStateException(e); // a tree in memory cannot fail to read
        }
    }

    /** A plain decimal number as people write it: no leading zero, no base prefix, no underscores. */
    Pattern PLAIN_NUMBER = Pattern.compile("[-+]?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    Type TEXT = scalar("type.text", (t, v) -> v instanceof String s && !s.isBlank() ? s : null);
    /** An identifier: text, or a whole number written without quotes (kept exactly as written). */
    Type ID = scalar("type.id", (t, v) -> v instanceof String s && !s.isBlank() ? s
            : v instanceof Long || v instanceof BigInteger ? t.text() : null);
    Type BOOLEAN = scalar("type.boolean", (t, v) -> v instanceof Boolean b ? b : null);
    Type DATE = new Type() {
        public Object read(Tokens t, String field, Errors errors) throws IOException {
            if (t.kind() == Tokens.Kind.SCALAR && !t.alias() && t.value() instanceof String s) {
                try {
                    LocalDate d = isoDate(s);
                    return d != null ? d : LocalDate.parse(s.trim());
                } catch (java.time.DateTimeException e) {
                    errors.add(t.location(), "value.bad-date", "field", field, "value", s);
                    return null;
                }
            }
            return wrong(t, field, expected(), errors);
        }

        public String expected() { return "type.date"; }
    };

    /**
     * yyyy-mm-dd read directly (a roster has millions of dates; the JDK's formatter is the slow way
     * to the same result): null when the text has another shape, left to {@link LocalDate#parse}.
     * An impossible date (2023-02-29) throws as the formatter would.
     */
    static LocalDate isoDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') return null;
        int y = digits(s, 0, 4), m = digits(s, 5, 7), d = digits(s, 8, 10);
        return y < 0 || m < 0 || d < 0 ? null : LocalDate.of(y, m, d);
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** A whole number in [min, max]; for amounts of money (VND) and counts. */
    static Type whole(long min, long max) {
        return new Type() {
            public Object read(Tokens t, String field, Errors errors) throws IOException {
                if (t.kind() == Tokens.Kind.SCALAR && !t.alias() && (t.value() instanceof Long || t.value() instanceof BigInteger)) {
                    if (!plain(t, field, errors)) return null;
                    if (t.value() instanceof Long l && l >= min && l <= max) return l;
                    errors.add(t.location(), "value.out-of-range", "field", field, "value", t.text(),
                            "min", min, "max", max == Long.MAX_VALUE ? "∞" : max);
                    return null;
                }
                if (t.kind() == Tokens.Kind.SCALAR && t.value() instanceof BigDecimal d) {
                    errors.add(t.location(), "value.not-whole", "field", field, "value", d.toPlainString());
                    return null;
                }
                return wrong(t, field, expected(), errors);
            }

            public String expected() { return min >= 0 ? "type.whole-non-negative" : "type.whole"; }
        };
    }

    /** A decimal number ≥ min (whole numbers accepted). */
    static Type decimal(BigDecimal min) {
        return new Type() {
            public Object read(Tokens t, String field, Errors errors) throws IOException {
                if (t.kind() == Tokens.Kind.SCALAR && !t.alias() && t.value() instanceof Number) {
                    if (!plain(t, field, errors)) return null;
                    BigDecimal d = new BigDecimal(t.value().toString());
                    if (d.compareTo(min) >= 0) return d;
                    errors.add(t.location(), "value.out-of-range", "field", field, "value", d.toPlainString(),
                            "min", min.toPlainString(), "max", "∞");
                    return null;
                }
                return wrong(t, field, expected(), errors);
            }

            public String expected() { return "type.decimal-non-negative"; }
        };
    }

    /** One of a closed list of words; an unknown word gets a "did you mean". */
    static Type oneOf(String... words) {
        List<String> allowed = List.of(words);
        return new Type() {
            public Object read(Tokens t, String field, Errors errors) throws IOException {
                if (t.kind() == Tokens.Kind.SCALAR && !t.alias() && t.value() instanceof String s) {
                    int i = allowed.indexOf(s);
                    if (i >= 0) return allowed.get(i); // the shared constant, not a copy per record
                    errors.add(t.location(), "value.not-one-of", "field", field, "value", s,
                            "allowed", String.join(" | ", allowed), "suggestion", Suggest.closest(s, allowed));
                    return null;
                }
                if (t.kind() == Tokens.Kind.SCALAR && !t.alias()) {
                    errors.add(t.location(), "value.not-one-of", "field", field, "value", t.text(),
                            "allowed", String.join(" | ", allowed), "suggestion", "");
                    return null;
                }
                return wrong(t, field, expected(), errors);
            }

            public String expected() { return "type.one-of"; }
        };
    }

    static Type listOf(Type item) {
        return new Type() {
            public Object read(Tokens t, String field, Errors errors) throws IOException {
                if (t.kind() != Tokens.Kind.START_ARRAY) return wrong(t, field, expected(), errors);
                List<Object> out = new ArrayList<>();
                boolean ok = true;
                int i = 0;
                while (t.next() != Tokens.Kind.END_ARRAY) {
                    Object v = item.read(t, field + "[" + i++ + "]", errors);
                    if (v == null) ok = false;
                    else out.add(v);
                }
                return ok ? out : null;
            }

            public String expected() { return "type.list"; }
        };
    }

    static Type object(Shape shape) {
        return new Type() {
            public Object read(Tokens t, String field, Errors errors) throws IOException {
                Bound b = shape.read(t, field, errors);
                return b != null && b.valid() ? b : null;
            }

            public String expected() { return "type.object"; }
        };
    }

    /** A wrong value: reported with what was found, and read past. Always null. */
    static Object wrong(Tokens t, String field, String expected, Errors errors) throws IOException {
        if (t.kind() == Tokens.Kind.SCALAR && t.alias()) {
            errors.add(t.location(), "yaml.alias", "field", field, "alias", t.text());
            return null;
        }
        String found = switch (t.kind()) {
            case START_OBJECT -> "type.object";
            case START_ARRAY -> "type.list";
            default -> typeName(t.value());
        };
        errors.add(t.location(), "value.wrong-type", "field", field, "expected", expected, "found", found);
        t.skip();
        return null;
    }

    /** A number must be written in plain decimal notation to be read as one. */
    private static boolean plain(Tokens t, String field, Errors errors) throws IOException {
        String text = t.text();
        if (text == null || plainWhole(text) || PLAIN_NUMBER.matcher(text).matches()) return true;
        errors.add(t.location(), "value.number-notation", "field", field, "value", text);
        return false;
    }

    /** The common case of {@link #PLAIN_NUMBER} without a regular expression: digits, no leading zero. */
    static boolean plainWhole(String text) {
        int n = text.length(), i = n > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
        if (i == n || text.charAt(i) == '0' && n - i > 1) return false;
        for (; i < n; i++) if (text.charAt(i) < '0' || text.charAt(i) > '9') return false;
        return true;
    }

    /** The catalogue word for a scalar's type. */
    static String typeName(Object value) {
        if (value == null) return "type.null";
        if (value instanceof String) return "type.text";
        if (value instanceof Boolean) return "type.boolean";
        if (value instanceof BigDecimal) return "type.decimal";
        return "type.integer";
    }

    interface ScalarRule {
        Object apply(Tokens t, Object value) throws IOException;
    }

    private static Type scalar(String expected, ScalarRule f) {
        return new Type() {
            public Object read(Tokens t, String field, Errors errors) throws IOException {
                if (t.kind() == Tokens.Kind.SCALAR && !t.alias()) {
                    Object v = f.apply(t, t.value());
                    if (v != null) return v;
                }
                return wrong(t, field, expected, errors);
            }

            public String expected() { return expected; }
        };
    }
}
