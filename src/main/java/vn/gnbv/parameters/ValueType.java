package vn.gnbv.parameters;

import vn.gnbv.input.Errors;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/**
 * The kind of value a parameter holds, read from its baseline values: whole (counts, VND, ages),
 * decimal, text, or list. A draft's value must be of the same kind: 2.7 for a count is an error at
 * its place, never truncated to 2.
 */
final class ValueType {
    static final String WHOLE = "whole", DECIMAL = "decimal", TEXT = "text", LIST = "list";

    private ValueType() {}

    static String of(Collection<Entry> entries) {
        String type = null;
        for (Entry e : entries) {
            String t = kind(e.value());
            if (t == null) continue;
            if (type == null || type.equals(WHOLE) && t.equals(DECIMAL)) type = t;
        }
        return type;
    }

    private static String kind(Object v) {
        if (v == null) return null;
        if (v instanceof Long || v instanceof Integer || v instanceof java.math.BigInteger) return WHOLE;
        if (v instanceof BigDecimal) return DECIMAL;
        if (v instanceof List<?>) return LIST;
        return TEXT;
    }

    /** Whether every draft value is of the baseline's kind (a whole number fits a decimal); errors where not. */
    static boolean fits(String baseline, Collection<Entry> draft, Errors errors, String name) {
        if (baseline == null) return true;
        boolean ok = true;
        for (Entry e : draft) {
            String t = kind(e.value());
            if (t == null || t.equals(baseline) || baseline.equals(DECIMAL) && t.equals(WHOLE)) continue;
            if (baseline.equals(WHOLE) && e.value() instanceof BigDecimal d && d.stripTrailingZeros().scale() <= 0) continue;
            errors.add(e.source(), "params.wrong-kind", "name", name, "value", String.valueOf(e.value() instanceof BigDecimal d
                    ? d.toPlainString() : e.value()), "expected", "type.param-" + baseline);
            ok = false;
        }
        return ok;
    }
}
