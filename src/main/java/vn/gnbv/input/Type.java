package vn.gnbv.input;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The type of a field in an input file, and how a {@link Node} becomes a Java value. */
public interface Type {
    /** Converted value, or null after adding an error. */
    Object convert(Node n, String field, Errors errors);

    /** What was expected, as an error-catalogue key and its arguments. */
    String expected();

    Type TEXT = scalar("type.text", (s, v) -> v instanceof String t && !t.isBlank() ? t : null);
    /** An identifier: text, or a whole number written without quotes (kept as its digits). */
    Type ID = scalar("type.id", (s, v) -> v instanceof String t && !t.isBlank() ? t
            : v instanceof Long || v instanceof java.math.BigInteger ? v.toString() : null);
    Type BOOLEAN = scalar("type.boolean", (s, v) -> v instanceof Boolean b ? b : null);
    Type DATE = new Type() {
        public Object convert(Node n, String field, Errors errors) {
            if (n instanceof Node.Scalar s && s.value() instanceof String t) {
                try {
                    return LocalDate.parse(t.trim());
                } catch (DateTimeParseException e) {
                    errors.add(n.location(), "value.bad-date", "field", field, "value", t);
                    return null;
                }
            }
            errors.add(n.location(), "value.wrong-type", "field", field, "expected", expected(), "found", n.typeName());
            return null;
        }

        public String expected() { return "type.date"; }
    };

    /** A whole number in [min, max]; for amounts of money (VND) and counts. */
    static Type whole(long min, long max) {
        return new Type() {
            public Object convert(Node n, String field, Errors errors) {
                if (n instanceof Node.Scalar s && (s.value() instanceof Long || s.value() instanceof BigInteger)) {
                    if (s.value() instanceof Long l && l >= min && l <= max) return l;
                    errors.add(n.location(), "value.out-of-range", "field", field, "value", s.value(),
                            "min", min, "max", max == Long.MAX_VALUE ? "∞" : max);
                    return null;
                }
                errors.add(n.location(), "value.wrong-type", "field", field, "expected", expected(), "found", n.typeName());
                return null;
            }

            public String expected() { return min >= 0 ? "type.whole-non-negative" : "type.whole"; }
        };
    }

    /** A decimal number ≥ min (whole numbers accepted). */
    static Type decimal(BigDecimal min) {
        return new Type() {
            public Object convert(Node n, String field, Errors errors) {
                if (n instanceof Node.Scalar s && (s.value() instanceof Number)) {
                    BigDecimal d = new BigDecimal(s.value().toString());
                    if (d.compareTo(min) >= 0) return d;
                    errors.add(n.location(), "value.out-of-range", "field", field, "value", d.toPlainString(),
                            "min", min.toPlainString(), "max", "∞");
                    return null;
                }
                errors.add(n.location(), "value.wrong-type", "field", field, "expected", expected(), "found", n.typeName());
                return null;
            }

            public String expected() { return "type.decimal-non-negative"; }
        };
    }

    /** One of a closed list of words; an unknown word gets a "did you mean". */
    static Type oneOf(String... words) {
        List<String> allowed = List.of(words);
        return new Type() {
            public Object convert(Node n, String field, Errors errors) {
                if (n instanceof Node.Scalar s && s.value() instanceof String t) {
                    if (allowed.contains(t)) return t;
                    errors.add(n.location(), "value.not-one-of", "field", field, "value", t,
                            "allowed", String.join(" | ", allowed), "suggestion", Suggest.closest(t, allowed));
                    return null;
                }
                errors.add(n.location(), "value.not-one-of", "field", field, "value", String.valueOf(
                        n instanceof Node.Scalar s ? s.value() : n.typeName()),
                        "allowed", String.join(" | ", allowed), "suggestion", "");
                return null;
            }

            public String expected() { return "type.one-of"; }
        };
    }

    static Type listOf(Type item) {
        return new Type() {
            public Object convert(Node n, String field, Errors errors) {
                if (!(n instanceof Node.Arr a)) {
                    errors.add(n.location(), "value.wrong-type", "field", field, "expected", expected(), "found", n.typeName());
                    return null;
                }
                List<Object> out = new ArrayList<>();
                boolean ok = true;
                for (int i = 0; i < a.items().size(); i++) {
                    Object v = item.convert(a.items().get(i), field + "[" + i + "]", errors);
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
            public Object convert(Node n, String field, Errors errors) {
                return shape.bind(n, field, errors);
            }

            public String expected() { return "type.object"; }
        };
    }

    private static Type scalar(String expected, java.util.function.BiFunction<Node.Scalar, Object, Object> f) {
        return new Type() {
            public Object convert(Node n, String field, Errors errors) {
                if (n instanceof Node.Scalar s) {
                    Object v = f.apply(s, s.value());
                    if (v != null) return v;
                }
                errors.add(n.location(), "value.wrong-type", "field", field, "expected", expected, "found", n.typeName());
                return null;
            }

            public String expected() { return expected; }
        };
    }
}
