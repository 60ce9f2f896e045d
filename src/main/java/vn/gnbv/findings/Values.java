package vn.gnbv.findings;

import java.util.LinkedHashMap;
import java.util.Map;

/** The numbers behind a finding, in the order the rule gives them; null values are kept. */
public final class Values {
    private Values() {}

    public static Map<String, Object> of(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) m.put((String) keyValues[i], keyValues[i + 1]);
        return m;
    }
}
