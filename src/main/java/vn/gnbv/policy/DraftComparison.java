package vn.gnbv.policy;

import vn.gnbv.classify.Classification;
import vn.gnbv.classify.ClassificationRow;
import vn.gnbv.engine.RuleMeta;
import vn.gnbv.facts.Case;
import vn.gnbv.findings.Finding;
import vn.gnbv.findings.UsedParameter;
import vn.gnbv.insurance.Entitlement;
import vn.gnbv.parameters.Param;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Baseline against draft on the same facts and date: the parameters and rules that differ, the
 * findings that appear, disappear or change (each linked to what it depends on that changed),
 * households reclassified and people whose support changes, per district, and both impacts.
 */
public record DraftComparison(List<String> changedParameters, List<String> changedRules,
                              Map<String, District> districts, Impact baseline, Impact draft) {

    /** A finding that differs; before or after is null when it appears or disappears. */
    public record FindingChange(String change, Finding before, Finding after, List<String> dependsOn) {}

    public record Reclassified(String household, String commune, String before, String after) {}

    public record SupportChange(String person, String household, String beforeGroup, long beforePercent,
                                String afterGroup, long afterPercent, long yearlyCostDifference) {}

    /** Everything that changed in one district ("" for what belongs to no district). */
    public record District(List<Reclassified> reclassified, List<SupportChange> support, long yearlyCostDifference,
                           List<FindingChange> findings) {}

    public boolean noChange() {
        return districts.values().stream().allMatch(d -> d.reclassified().isEmpty() && d.support().isEmpty()
                && d.findings().isEmpty());
    }

    public static DraftComparison of(Case c, Scenario base, Scenario draft) {
        List<String> params = changedParameters(base.parameters().byName(), draft.parameters().byName());
        List<String> rules = changedRules(base.rules().rules(), draft.rules().rules());
        Map<String, String> districtOfUnit = c.unitDistricts();
        Map<String, District> out = new TreeMap<>();

        Map<String, ClassificationRow> before = index(Classification.rows(c, base.result()));
        for (ClassificationRow a : Classification.rows(c, draft.result())) {
            ClassificationRow b = before.get(a.household());
            if (b != null && !b.status().equals(a.status())) {
                district(out, a.district()).reclassified().add(new Reclassified(a.household(), a.commune(), b.status(), a.status()));
            }
        }
        Map<String, Entitlement> entBefore = new TreeMap<>();
        base.listed().entitlements().forEach(e -> entBefore.put(e.person(), e));
        for (Entitlement a : draft.listed().entitlements()) {
            Entitlement b = entBefore.get(a.person());
            if (b == null || b.supportPercent() == a.supportPercent() && b.group().equals(a.group())
                    && b.yearlyStateShare() == a.yearlyStateShare()) continue;
            District d = district(out, districtOfUnit.get("commune:" + a.commune()));
            long diff = a.yearlyStateShare() - b.yearlyStateShare();
            d.support().add(new SupportChange(a.person(), a.household(), b.group(), b.supportPercent(), a.group(),
                    a.supportPercent(), diff));
        }
        Map<String, Finding> fBefore = byKey(base.result().findings());
        Map<String, Finding> fAfter = byKey(draft.result().findings());
        Set<String> keys = new TreeSet<>(fBefore.keySet());
        keys.addAll(fAfter.keySet());
        for (String k : keys) {
            Finding b = fBefore.get(k), a = fAfter.get(k);
            String change = b == null ? "added" : a == null ? "removed"
                    : !b.severity().equals(a.severity()) || !Objects.equals(b.amount(), a.amount()) ? "changed" : null;
            if (change == null) continue;
            Finding any = a != null ? a : b;
            district(out, any.district()).findings().add(new FindingChange(change, b, a, dependsOn(b, a, params, rules)));
        }
        Map<String, District> done = new TreeMap<>();
        out.forEach((k, d) -> done.put(k, new District(d.reclassified(), d.support(),
                d.support().stream().mapToLong(SupportChange::yearlyCostDifference).sum(), d.findings())));
        return new DraftComparison(params, rules, done, base.impact(), draft.impact());
    }

    private static District district(Map<String, District> m, String id) {
        return m.computeIfAbsent(id == null ? "" : id,
                k -> new District(new ArrayList<>(), new ArrayList<>(), 0, new ArrayList<>()));
    }

    private static Map<String, ClassificationRow> index(List<ClassificationRow> rows) {
        Map<String, ClassificationRow> m = new TreeMap<>();
        rows.forEach(r -> m.put(r.household(), r));
        return m;
    }

    /** Findings keyed by rule, subject and what tells two of them apart on one subject. */
    static Map<String, Finding> byKey(List<Finding> fs) {
        Map<String, Finding> m = new LinkedHashMap<>();
        for (Finding f : fs) {
            String k = f.rule() + " " + f.subject();
            for (String v : List.of("indicator", "group", "stage")) if (f.values().containsKey(v)) k += " " + f.values().get(v);
            String key = k;
            int n = 2;
            while (m.containsKey(key)) key = k + " #" + n++;
            m.put(key, f);
        }
        return m;
    }

    private static List<String> dependsOn(Finding b, Finding a, List<String> params, List<String> rules) {
        Set<String> out = new TreeSet<>();
        for (Finding f : new Finding[]{b, a}) {
            if (f == null) continue;
            for (UsedParameter p : f.parameters()) if (params.contains(p.name())) out.add(p.name());
            if (rules.contains(f.rule())) out.add("rule " + f.rule());
        }
        return List.copyOf(out);
    }

    static List<String> changedParameters(Map<String, Param> a, Map<String, Param> b) {
        Set<String> names = new TreeSet<>(a.keySet());
        names.addAll(b.keySet());
        List<String> out = new ArrayList<>();
        for (String n : names) {
            Param x = a.get(n), y = b.get(n);
            if (x == null || y == null || !Objects.equals(String.valueOf(x.value()), String.valueOf(y.value()))) out.add(n);
        }
        return out;
    }

    static List<String> changedRules(Map<String, RuleMeta> a, Map<String, RuleMeta> b) {
        Set<String> ids = new TreeSet<>(a.keySet());
        ids.addAll(b.keySet());
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            RuleMeta x = a.get(id), y = b.get(id);
            if (x == null || y == null || x.sourceHash() != y.sourceHash()) out.add(id);
        }
        return out;
    }
}
