package vn.gnbv.output;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/**
 * The message catalogue as templates read it: {@code {{t.summary.total-at-stake}}} names the
 * catalogue key {@code summary.total-at-stake}. A template engine splits the name at its dots and
 * asks for one part at a time, so each part that is not yet a key gives the labels under it; a key
 * the catalogue lacks shows as the key itself, as {@link Messages#text(String)} does.
 */
final class Labels extends AbstractMap<String, Object> {
    private final Messages m;
    private final String prefix;

    Labels(Messages m) {
        this(m, "");
    }

    private Labels(Messages m, String prefix) {
        this.m = m;
        this.prefix = prefix;
    }

    @Override
    public boolean containsKey(Object key) {
        return true;
    }

    @Override
    public Object get(Object key) {
        String k = prefix + key;
        return m.has(k) ? m.text(k) : new Labels(m, k + ".");
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return Set.of();
    }

    /** An unknown key, shown as itself (without the trailing dot). */
    @Override
    public String toString() {
        return prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1);
    }
}
