package vn.gnbv.insurance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The yearly state share of health insurance summed by group for every commune, district and the
 * province (people, VND), as the household batches finish; the case-level rules (insurance funding)
 * compare it with the money each unit has. Sums never depend on the order batches finish in.
 */
public final class EntitlementTotals {
    private final Map<String, long[]> sums = new TreeMap<>();

    /** Adds a person's entitlement in a commune of a district (district may be null). */
    public synchronized void add(Entitlement e, String district) {
        if (e.supportPercent() == 0) return;
        add("commune:" + e.commune(), e);
        if (district != null) add("district:" + district, e);
        add("province", e);
    }

    private void add(String unit, Entitlement e) {
        long[] s = sums.computeIfAbsent(unit + "\u0000" + e.group(), k -> new long[2]);
        s[0]++;
        s[1] = Math.addExact(s[1], e.yearlyStateShare());
    }

    public synchronized void clear() {
        sums.clear();
    }

    public synchronized List<EntitlementTotal> facts() {
        List<EntitlementTotal> out = new ArrayList<>();
        sums.forEach((k, s) -> {
            String[] parts = k.split("\u0000");
            out.add(new EntitlementTotal(parts[0], parts[1], s[0], s[1]));
        });
        return out;
    }
}
