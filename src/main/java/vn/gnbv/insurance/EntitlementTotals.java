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
    private record CommuneGroup(String commune, String group) {}

    private record Key(String unit, String group) {}

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::unit, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(Key::group, Comparator.nullsFirst(Comparator.<String>naturalOrder()));

    /**
     * Summed by commune and group while batches add, hashed; the district's and the province's sums
     * are made from them when read (building three unit names per entitled person, and sorting while
     * adding, cost 2-3% of a 1,000,000-household run each).
     */
    private final Map<CommuneGroup, long[]> sums = new HashMap<>();

    /** Adds a batch's entitlements. */
    public synchronized void addAll(List<Entitlement> batch) {
        for (Entitlement e : batch) {
            if (e.supportPercent() == 0) continue;
            add(sums, new CommuneGroup(e.commune(), e.group()), 1, e.yearlyStateShare());
        }
    }

    private static <K> void add(Map<K, long[]> to, K key, long people, long money) {
        long[] s = to.computeIfAbsent(key, k -> new long[2]);
        s[0] += people;
        s[1] = Math.addExact(s[1], money);
    }

    public synchronized void clear() {
        sums.clear();
    }

    /** The sums of every commune, district and the province; districtOfCommune gives a commune's district (null if none). */
    public synchronized List<EntitlementTotal> facts(UnaryOperator<String> districtOfCommune) {
        Map<Key, long[]> units = new HashMap<>();
        sums.forEach((k, s) -> {
            add(units, new Key("commune:" + k.commune(), k.group()), s[0], s[1]);
            String district = districtOfCommune.apply(k.commune());
            if (district != null) add(units, new Key("district:" + district, k.group()), s[0], s[1]);
            add(units, new Key("province", k.group()), s[0], s[1]);
        });
        List<EntitlementTotal> out = new ArrayList<>(units.size());
        units.entrySet().stream().sorted(Map.Entry.comparingByKey(ORDER)).forEach(x ->
                out.add(new EntitlementTotal(x.getKey().unit(), x.getKey().group(), x.getValue()[0], x.getValue()[1])));
        return out;
    }
}
