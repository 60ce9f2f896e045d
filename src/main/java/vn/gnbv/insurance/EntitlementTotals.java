package vn.gnbv.insurance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The yearly state share of health insurance summed by group for every commune, district and the
 * province (people, VND), as the household batches finish; the case-level rules (insurance funding)
 * compare it with the money each unit has. Sums never depend on the order batches finish in; the
 * facts come out ordered by unit, then group.
 */
public final class EntitlementTotals {
    private record Key(String unit, String group) {}

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::unit, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(Key::group, Comparator.nullsFirst(Comparator.<String>naturalOrder()));

    /** Hashed, not sorted, while batches add (a sorted map cost 2% of a 1,000,000-household run). */
    private final Map<Key, long[]> sums = new HashMap<>();

    /** Adds a batch's entitlements; districtOfCommune gives a commune's district (null if none). */
    public void addAll(List<Entitlement> batch, UnaryOperator<String> districtOfCommune) {
        Map<Key, long[]> local = new HashMap<>();
        for (Entitlement e : batch) {
            if (e.supportPercent() == 0) continue;
            add(local, "commune:" + e.commune(), e);
            String district = districtOfCommune.apply(e.commune());
            if (district != null) add(local, "district:" + district, e);
            add(local, "province", e);
        }
        synchronized (this) {
            local.forEach((k, s) -> {
                long[] t = sums.computeIfAbsent(k, x -> new long[2]);
                t[0] += s[0];
                t[1] = Math.addExact(t[1], s[1]);
            });
        }
    }

    private static void add(Map<Key, long[]> to, String unit, Entitlement e) {
        long[] s = to.computeIfAbsent(new Key(unit, e.group()), k -> new long[2]);
        s[0]++;
        s[1] = Math.addExact(s[1], e.yearlyStateShare());
    }

    public synchronized void clear() {
        sums.clear();
    }

    public synchronized List<EntitlementTotal> facts() {
        List<EntitlementTotal> out = new ArrayList<>(sums.size());
        sums.entrySet().stream().sorted(Map.Entry.comparingByKey(ORDER)).forEach(x ->
                out.add(new EntitlementTotal(x.getKey().unit(), x.getKey().group(), x.getValue()[0], x.getValue()[1])));
        return out;
    }
}
