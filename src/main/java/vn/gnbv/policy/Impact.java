package vn.gnbv.policy;

import vn.gnbv.classify.Classification;
import vn.gnbv.classify.ClassificationRow;
import vn.gnbv.engine.CheckResult;
import vn.gnbv.facts.Case;
import vn.gnbv.findings.MoneySummary;
import vn.gnbv.insurance.Entitlement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a rule set and parameters give on a case, in the figures policy staff compare: households
 * by computed status per district, people entitled to state-paid health insurance and the yearly
 * state cost by group, and money at stake by stage.
 */
public record Impact(Map<String, Map<String, Long>> householdsByStatus, Map<String, GroupCost> entitledByGroup,
                     Map<String, Long> moneyByStage, Map<String, Long> findingsBySeverity) {

    public static final List<String> STATUSES = List.of("poor", "near-poor", "middle", "none", "undetermined");
    public static final String ALL = "(all)";

    /** People entitled in a group and the state's yearly share of their premium (12 × monthly), VND. */
    public record GroupCost(long people, long yearlyStateCost) {}

    public static Impact of(Case c, CheckResult r) {
        return of(c, r, r);
    }

    /** Statuses, money and findings from r; entitlements from listed (the list following the standard). */
    public static Impact of(Case c, CheckResult r, CheckResult listed) {
        Map<String, Map<String, Long>> statuses = new TreeMap<>();
        for (ClassificationRow row : Classification.rows(c, r)) {
            for (String d : List.of(ALL, row.district() == null ? "" : row.district())) {
                statuses.computeIfAbsent(d, k -> zeroes()).merge(row.status(), 1L, Long::sum);
            }
        }
        Map<String, GroupCost> groups = new TreeMap<>();
        for (Entitlement e : listed.entitlements()) {
            if (e.supportPercent() == 0) continue;
            groups.merge(e.group(), new GroupCost(1, e.yearlyStateShare()),
                    (a, b) -> new GroupCost(a.people() + b.people(), a.yearlyStateCost() + b.yearlyStateCost()));
        }
        Map<String, Long> money = new LinkedHashMap<>();
        MoneySummary.STAGES.forEach(s -> money.put(s, 0L));
        MoneySummary.of(c, r.findings()).byStage().forEach(row -> money.put(row.key(), row.amount()));
        Map<String, Long> severities = new LinkedHashMap<>();
        for (String s : List.of("error", "warning", "info")) {
            severities.put(s, r.findings().stream().filter(f -> f.severity().equals(s)).count());
        }
        return new Impact(statuses, groups, money, severities);
    }

    private static Map<String, Long> zeroes() {
        Map<String, Long> m = new LinkedHashMap<>();
        STATUSES.forEach(s -> m.put(s, 0L));
        return m;
    }

    public long entitledPeople() {
        return entitledByGroup.values().stream().mapToLong(GroupCost::people).sum();
    }

    public long yearlyStateCost() {
        return entitledByGroup.values().stream().mapToLong(GroupCost::yearlyStateCost).sum();
    }

    public long moneyAtStake() {
        return moneyByStage.values().stream().mapToLong(Long::longValue).sum();
    }
}
