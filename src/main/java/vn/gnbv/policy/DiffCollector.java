package vn.gnbv.policy;

import vn.gnbv.facts.Case;
import vn.gnbv.facts.Household;
import vn.gnbv.findings.Finding;
import vn.gnbv.findings.UsedParameter;
import vn.gnbv.household.Statuses;
import vn.gnbv.insurance.Entitlement;
import vn.gnbv.run.MapCodec;
import vn.gnbv.run.Outcome;
import vn.gnbv.run.RunListener;
import vn.gnbv.run.SortedSpill;
import vn.gnbv.summary.Money;

import java.io.Closeable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Baseline against draft on each batch as it is checked (one pass, memory bounded): households
 * reclassified, people whose support changes (as if the list followed the standard) with the yearly
 * cost, findings added, removed or changed with the changed parameters or rules they depend on —
 * all per district, in order — and both impacts.
 */
public final class DiffCollector implements RunListener, Closeable {
    private static final Comparator<Map<String, Object>> BY_DISTRICT_KEY = Comparator
            .comparing((Map<String, Object> m) -> String.valueOf(m.get("district")))
            .thenComparing(m -> String.valueOf(m.get("key")));

    private final SortedSpill<Map<String, Object>> reclassified = new SortedSpill<>(BY_DISTRICT_KEY, MapCodec.INSTANCE);
    private final SortedSpill<Map<String, Object>> support = new SortedSpill<>(BY_DISTRICT_KEY, MapCodec.INSTANCE);
    private final SortedSpill<FindingChange> findings = new SortedSpill<>(
            Comparator.comparing(FindingChange::district).thenComparing(FindingChange::key), FindingChangeCodec.INSTANCE);
    private final Map<String, Long> yearlyCost = new TreeMap<>();
    private final Impact baseline = new Impact(), draft = new Impact();

    @Override
    public void batch(Case c, List<Household> households, List<Outcome> outcomes) {
        Outcome b = outcomes.get(0), a = outcomes.get(1);
        Map<String, String> before = Statuses.computed(b.result().statuses());
        Map<String, String> after = Statuses.computed(a.result().statuses());
        baseline.add(c, households, before, b.listed(), b.result().findings());
        draft.add(c, households, after, a.listed(), a.result().findings());
        for (Household h : households) {
            String x = Statuses.of(before, h.id()), y = Statuses.of(after, h.id());
            if (x.equals(y)) continue;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("district", district(c.districtOf("commune:" + h.commune())));
            m.put("key", h.id());
            m.put("household", h.id());
            m.put("head", h.head());
            m.put("commune", h.commune());
            m.put("before", x);
            m.put("after", y);
            reclassified.add(m);
        }
        Map<String, Entitlement> was = new HashMap<>();
        b.listed().forEach(e -> was.put(e.person(), e));
        for (Entitlement e : a.listed()) {
            Entitlement o = was.get(e.person());
            if (o == null || o.supportPercent() == e.supportPercent() && o.group().equals(e.group())
                    && o.yearlyStateShare() == e.yearlyStateShare()) continue;
            String d = district(c.districtOf("commune:" + e.commune()));
            long diff = e.yearlyStateShare() - o.yearlyStateShare();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("district", d);
            m.put("key", e.person());
            m.put("person", e.person());
            m.put("household", e.household());
            m.put("beforeGroup", o.group());
            m.put("beforePercent", o.supportPercent());
            m.put("afterGroup", e.group());
            m.put("afterPercent", e.supportPercent());
            m.put("yearlyCostDifference", diff);
            support.add(m);
            synchronized (yearlyCost) {
                yearlyCost.merge(d, diff, Money::add);
            }
        }
        compare(b.result().findings(), a.result().findings());
    }

    @Override
    public void caseLevel(Case c, List<Outcome> outcomes) {
        baseline.findings(outcomes.get(0).result().findings());
        draft.findings(outcomes.get(1).result().findings());
        compare(outcomes.get(0).result().findings(), outcomes.get(1).result().findings());
    }

    private static String district(String d) {
        return d == null ? "" : d;
    }

    private void compare(List<Finding> before, List<Finding> after) {
        Map<String, Finding> fb = byKey(before), fa = byKey(after);
        Set<String> keys = new TreeSet<>(fb.keySet());
        keys.addAll(fa.keySet());
        for (String k : keys) {
            Finding x = fb.get(k), y = fa.get(k);
            String change = x == null ? "added" : y == null ? "removed"
                    : !x.severity().equals(y.severity()) || !Objects.equals(x.amount(), y.amount()) ? "changed" : null;
            if (change == null) continue;
            Finding any = y != null ? y : x;
            findings.add(new FindingChange(district(any.district()), k, change, x, y));
        }
    }

    /** Findings keyed by rule, subject and what tells two of them apart on one subject. */
    static Map<String, Finding> byKey(List<Finding> fs) {
        Map<String, Finding> m = new LinkedHashMap<>();
        for (Finding f : fs) {
            String k = f.subject() + " " + f.rule();
            for (String v : List.of("indicator", "group", "stage")) if (f.values().containsKey(v)) k += " " + f.values().get(v);
            String key = k;
            int n = 2;
            while (m.containsKey(key)) key = k + " #" + n++;
            m.put(key, f);
        }
        return m;
    }

    /** The changed parameters and rules a finding change rests on. */
    public static List<String> dependsOn(FindingChange c, List<String> changedParameters, List<String> changedRules) {
        Set<String> out = new TreeSet<>();
        for (Finding f : new Finding[]{c.before(), c.after()}) {
            if (f == null) continue;
            for (UsedParameter p : f.parameters()) if (changedParameters.contains(p.name())) out.add(p.name());
            if (changedRules.contains(f.rule())) out.add("rule " + f.rule());
        }
        return List.copyOf(out);
    }

    @Override
    public void reset() {
        reclassified.clear();
        support.clear();
        findings.clear();
        synchronized (yearlyCost) {
            yearlyCost.clear();
        }
        baseline.clear();
        draft.clear();
    }

    public Iterator<Map<String, Object>> reclassified() {
        return reclassified.iterator();
    }

    public Iterator<Map<String, Object>> support() {
        return support.iterator();
    }

    public Iterator<FindingChange> findings() {
        return findings.iterator();
    }

    public boolean noChange() {
        return reclassified.size() == 0 && support.size() == 0 && findings.size() == 0;
    }

    /** District → the yearly cost difference of its support changes. */
    public Map<String, Long> yearlyCostByDistrict() {
        synchronized (yearlyCost) {
            return new TreeMap<>(yearlyCost);
        }
    }

    public Impact baseline() {
        return baseline;
    }

    public Impact draft() {
        return draft;
    }

    /** Every district that has a change, in order. */
    public List<String> districts() {
        Set<String> out = new TreeSet<>(yearlyCostByDistrict().keySet());
        for (Iterator<Map<String, Object>> it = reclassified(); it.hasNext(); ) out.add((String) it.next().get("district"));
        for (Iterator<FindingChange> it = findings(); it.hasNext(); ) out.add(it.next().district());
        return new ArrayList<>(out);
    }

    @Override
    public void close() {
        reclassified.close();
        support.close();
        findings.close();
    }
}
