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
            List<String> deprived = in.stream().filter(i -> i.state().equals("deprived")).map(IndicatorState::key).sorted().toList();
            Long line = s == null ? null : s.incomeLine();
            Long gap = line == null || h.incomePerCapita() == null ? null : h.incomePerCapita() - line;
            Integer toNext = null;
            Integer min = s == null ? null : minDeprivations(s);
            if (min != null && "poor".equals(s.status())) toNext = deprived.size() - min + 1;
            if (min != null && "near-poor".equals(s.status())) toNext = min - deprived.size();
            rows.add(new ClassificationRow(h.id(), h.commune(), commune == null ? null : commune.district(),
                    s == null ? "undetermined" : s.status(), deprived,
                    in.stream().filter(i -> i.state().equals("unknown")).map(IndicatorState::key).sorted().toList(),
                    h.incomePerCapita(), line, s == null ? null : s.area(),
                    s == null ? null : s.standard(), s == null ? "no-standard" : s.reason(), gap, toNext));
        }
        rows.sort(java.util.Comparator.comparing(ClassificationRow::household));
        return rows;
    }

    /** The minimum number of deprivations of a poor household the classification used, if any. */
    private static Integer minDeprivations(HouseholdStatus s) {
        return s.parameters().stream().filter(p -> p.name().equals("household.poor-min-deprivations"))
                .map(p -> p.asInt()).findFirst().orElse(null);
    }
}
