package vn.gnbv.household;

import vn.gnbv.facts.Case;
import vn.gnbv.facts.Commune;
import vn.gnbv.facts.Household;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Rows of `classify` for a batch of households, from the statuses and indicator states the rules derived. */
public final class ClassificationRows {
    private ClassificationRows() {}

    public static List<ClassificationRow> of(Case c, List<Household> households, List<HouseholdStatus> statuses,
                                             List<IndicatorState> indicators) {
        Map<String, HouseholdStatus> status = new HashMap<>();
        statuses.forEach(s -> status.put(s.household(), s));
        Map<String, List<IndicatorState>> states = new HashMap<>();
        indicators.forEach(i -> states.computeIfAbsent(i.household(), k -> new ArrayList<>()).add(i));
        List<ClassificationRow> rows = new ArrayList<>(households.size());
        for (Household h : households) {
            HouseholdStatus s = status.get(h.id());
            List<IndicatorState> in = states.getOrDefault(h.id(), List.of());
            Commune commune = c.communes().get(h.commune());
            List<String> deprived = in.stream().filter(IndicatorState::deprived).map(IndicatorState::key).sorted().toList();
            Long line = s == null ? null : s.incomeLine();
            Long gap = line == null || h.incomePerCapita() == null ? null : h.incomePerCapita() - line;
            Integer toNext = null;
            Integer min = s == null ? null : minDeprivations(s);
            if (min != null && "poor".equals(s.status())) toNext = deprived.size() - min + 1;
            if (min != null && "near-poor".equals(s.status())) toNext = min - deprived.size();
            rows.add(new ClassificationRow(h.id(), h.head(), h.commune(), commune == null ? null : commune.district(),
                    h.recordedStatus(), s == null ? "undetermined" : s.status(), deprived,
                    in.stream().filter(i -> i.state().equals("unknown")).map(IndicatorState::key).sorted().toList(),
                    h.incomePerCapita(), line, s == null ? null : s.area(), s == null ? null : s.standard(),
                    s == null ? "no-standard" : s.reason(), gap, toNext));
        }
        return rows;
    }

    /** The minimum number of deprivations of a poor household the classification used, if any. */
    private static Integer minDeprivations(HouseholdStatus s) {
        return s.parameters().stream().filter(p -> p.name().equals("household.poor-min-deprivations"))
                .map(p -> p.asInt()).findFirst().orElse(null);
    }
}
