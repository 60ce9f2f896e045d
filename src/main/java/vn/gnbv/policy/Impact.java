package vn.gnbv.policy;

import vn.gnbv.facts.Case;
import vn.gnbv.facts.Household;
import vn.gnbv.findings.Finding;
import vn.gnbv.household.Statuses;
import vn.gnbv.insurance.Entitlement;
import vn.gnbv.summary.Money;
import vn.gnbv.summary.MoneySummary;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a rule set and parameters give on a case, in the figures policy staff compare: per district
 * and computed status, households, people and the yearly state cost of their health insurance (as if
 * the list followed the standard); people entitled and the cost by group; money at stake by stage;
 * findings by severity. Summed as batches finish.
 */
public final class Impact {
    public static final List<String> STATUSES = List.of("poor", "near-poor", "middle", "none", "undetermined");
    /** The key of the whole case in byDistrict. */
    public static final String ALL = "(all)";

    /** households, people, yearly state cost (VND). */
    public record Cell(long households, long people, long yearlyCost) {}

    public record GroupCost(long people, long yearlyStateCost) {}

    private final Map<String, Map<String, long[]>> byDistrict = new TreeMap<>();
    private final Map<String, long[]> byGroup = new TreeMap<>();
    private final Map<String, Long> moneyByStage = new LinkedHashMap<>();
    private final Map<String, Long> bySeverity = new LinkedHashMap<>();

    public Impact() {
        MoneySummary.STAGES.forEach(s -> moneyByStage.put(s, 0L));
        for (String s : List.of("error", "warning", "info")) bySeverity.put(s, 0L);
    }

    /**
     * A batch: its households and the status computed for each ({@link Statuses#computed}), its
     * entitlements as listed by the standard, its findings.
     */
    public synchronized void add(Case c, List<Household> households, Map<String, String> computed,
                                 List<Entitlement> listed, List<Finding> findings) {
        Map<String, Long> cost = new HashMap<>();
        for (Entitlement e : listed) {
            if (e.supportPercent() == 0) continue;
            cost.merge(e.household(), e.yearlyStateShare(), Money::add);
            long[] g = byGroup.computeIfAbsent(e.group(), k -> new long[2]);
            g[0]++;
            g[1] = Money.add(g[1], e.yearlyStateShare());
        }
        for (Household h : households) {
            String status = Statuses.of(computed, h.id());
            String district = c.districtOf("commune:" + h.commune());
            for (String d : List.of(ALL, district == null ? "" : district)) {
                long[] cell = byDistrict.computeIfAbsent(d, k -> zeroes()).get(status);
                cell[0]++;
                cell[1] += h.members().size();
                cell[2] = Money.add(cell[2], cost.getOrDefault(h.id(), 0L));
            }
        }
        findings(findings);
    }

    public synchronized void findings(List<Finding> findings) {
        for (Finding f : findings) {
            bySeverity.merge(f.severity(), 1L, Long::sum);
            Object stage = f.values().get("stage");
            if (stage != null && f.amount() != null) moneyByStage.merge(stage.toString(), f.amount(), Money::add);
        }
    }

    public synchronized void clear() {
        byDistrict.clear();
        byGroup.clear();
        moneyByStage.replaceAll((k, v) -> 0L);
        bySeverity.replaceAll((k, v) -> 0L);
    }

    private static Map<String, long[]> zeroes() {
        Map<String, long[]> m = new LinkedHashMap<>();
        STATUSES.forEach(s -> m.put(s, new long[3]));
        return m;
    }

    /** district → status → households, people, yearly cost. */
    public synchronized Map<String, Map<String, Cell>> byDistrict() {
        Map<String, Map<String, Cell>> out = new TreeMap<>();
        byDistrict.forEach((d, m) -> {
            Map<String, Cell> row = new LinkedHashMap<>();
            m.forEach((s, v) -> row.put(s, new Cell(v[0], v[1], v[2])));
            out.put(d, row);
        });
        return out;
    }

    public synchronized Map<String, GroupCost> entitledByGroup() {
        Map<String, GroupCost> out = new TreeMap<>();
        byGroup.forEach((g, v) -> out.put(g, new GroupCost(v[0], v[1])));
        return out;
    }

    public synchronized Map<String, Long> moneyByStage() {
        return new LinkedHashMap<>(moneyByStage);
    }

    public synchronized Map<String, Long> findingsBySeverity() {
        return new LinkedHashMap<>(bySeverity);
    }

    public long households(String status) {
        Cell c = byDistrict().getOrDefault(ALL, Map.of()).get(status);
        return c == null ? 0 : c.households();
    }

    public long entitledPeople() {
        return entitledByGroup().values().stream().mapToLong(GroupCost::people).sum();
    }

    public long yearlyStateCost() {
        return entitledByGroup().values().stream().mapToLong(GroupCost::yearlyStateCost).reduce(0L, Money::add);
    }

    public long moneyAtStake() {
        return moneyByStage().values().stream().reduce(0L, Money::add);
    }
}
