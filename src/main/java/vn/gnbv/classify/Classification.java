package vn.gnbv.classify;

import vn.gnbv.engine.CheckResult;
import vn.gnbv.facts.Case;
import vn.gnbv.household.HouseholdStatus;
import vn.gnbv.household.IndicatorState;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Rows of `classify`, one per household of the case, in household ID order. */
public final class Classification {
    private Classification() {}

    public static List<ClassificationRow> rows(Case c, CheckResult r) {
        Map<String, HouseholdStatus> status = new HashMap<>();
        r.statuses().forEach(s -> status.put(s.household(), s));
        Map<String, List<IndicatorState>> states = new HashMap<>();
        r.indicators().forEach(i -> states.computeIfAbsent(i.household(), k -> new ArrayList<>()).add(i));
        var communes = c.communesById();
        List<ClassificationRow> rows = new ArrayList<>();
        for (var h : c.households()) {
            HouseholdStatus s = status.get(h.id());
            List<IndicatorState> in = states.getOrDefault(h.id(), List.of());
            var commune = communes.get(h.commune());
            rows.add(new ClassificationRow(h.id(), h.commune(), commune == null ? null : commune.district(),
                    s == null ? "undetermined" : s.status(),
                    in.stream().filter(i -> i.state().equals("deprived")).map(IndicatorState::key).sorted().toList(),
                    in.stream().filter(i -> i.state().equals("unknown")).map(IndicatorState::key).sorted().toList(),
                    h.incomePerCapita(), s == null ? null : s.incomeLine(), s == null ? null : s.area(),
                    s == null ? null : s.standard(), s == null ? "no-standard" : s.reason()));
        }
        rows.sort(java.util.Comparator.comparing(ClassificationRow::household));
        return rows;
    }
}
