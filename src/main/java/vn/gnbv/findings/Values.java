package vn.gnbv.findings;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers behind a finding, in the order the rule gives them; null values are kept. A value is
 * text, a whole or decimal number, yes/no, or a list or map of them: what every output format
 * writes as it is (a date is given as text, e.g. {@code exitedPovertyOn().toString()}).
 */
public final class Values {
    private Values() {}

    public static Map<String, Object> of(Object... keyValues) {
        if (keyValues.length % 2 != 0) throw new FindingValuesException("a name without its value");
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (!(keyValues[i] instanceof String name)) throw new FindingValuesException("a name that is not text");
            m.put(name, keyValues[i + 1]);
        }
        return m;
    }

    /** The values, if each is one a finding may carry. */
    public static Map<String, Object> checked(Map<String, Object> values) {
        if (values == null) throw new FindingValuesException("no values");
        values.forEach((k, v) -> {
            if (k == null) throw new FindingValuesException("a value without a name");
            check(v);
        });
        return values;
    }

    private static void check(Object v) {
        if (v == null || v instanceof String || v instanceof Long || v instanceof Integer || v instanceof Boolean
                || v instanceof BigDecimal || v instanceof BigInteger) return;
        if (v instanceof List<?> l) {
            l.forEach(Values::check);
            return;
        }
        if (v instanceof Map<?, ?> m) {
            m.forEach((k, x) -> check(x));
            return;
        }
        throw new FindingValuesException("a value of kind " + v.getClass().getSimpleName());
    }
}
