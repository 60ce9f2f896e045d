package vn.gnbv.input;

import java.util.Map;

/**
 * One problem in an input file. {@code code} selects a sentence in the error catalogue
 * ({@code gnbv/errors*.properties}); {@code args} fill its {@code ${name}} placeholders.
 */
public record InputError(Location location, String code, Map<String, Object> args)
        implements Comparable<InputError> {

    public static InputError of(Location location, String code, Object... keyValues) {
        var m = new java.util.LinkedHashMap<String, Object>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) m.put((String) keyValues[i], keyValues[i + 1]);
        return new InputError(location, code, m);
    }

    @Override
    public int compareTo(InputError o) {
        int c = location.compareTo(o.location);
        return c != 0 ? c : code.compareTo(o.code);
    }
}
