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

    private record CommuneGroup(String commune, String group) {}

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::unit, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(Key::group, Comparator.nullsFirst(Comparator.<String>naturalOrder()));

    /** Hashed, not sorted, while batches add (a sorted map cost 2% of a 1,000,000-household run). */
    private final Map<Key, long[]> sums = new HashMap<>();

    /** Adds a batch's entitlements; districtOfCommune gives a commune's district (null if none). */
    public void addAll(List<Entitlement> batch, UnaryOperator<String> districtOfCommune) {
        // by commune and group first: a unit's name is built once per commune and group of the
        // batch, not three times per person (that was 3% of a 1,000,000-household run)
        Map<CommuneGroup, long[]> byCommune = new HashMap<>();
        for (Entitlement e : batch) {
            if (e.supportPercent() == 0) continue;
            long[] s = byCommune.computeIfAbsent(new CommuneGroup(e.commune(), e.group()), k -> new long[2]);
            s[0]++;
            s[1] = Math.addExact(s[1], e.yearlyStateShare());
        }
        Map<Key, long[]> local = new HashMap<>();
        byCommune.forEach((k, s) -> {
            add(local, new Key("commune:" + k.commune(), k.group()), s);
            String district = districtOfCommune.apply(k.commune());
            if (district != null) add(local, new Key("district:" + district, k.group()), s);
            add(local, new Key("province", k.group()), s);
        });
        synchronized (this) {
            local.forEach((k, s) -> add(sums, k, s));
        }
    }

    private static void add(Map<Key, long[]> to, Key key, long[] s) {
        long[] t = to.computeIfAbsent(key, k -> new long[2]);
        t[0] += s[0];
        t[1] = Math.addExact(t[1], s[1]);
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
