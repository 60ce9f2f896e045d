package vn.gnbv.findings;

import vn.gnbv.facts.Case;
import vn.gnbv.facts.Fund;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the money is stuck: the money at stake of the findings, by stage (not allocated, lapsed, at
 * risk, counterpart missing), by project and by unit, largest first; beside the case's own totals,
 * so that every đồng can be traced. Stages never count the same đồng twice: a line's unallocated
 * money is "not allocated", its allocated-but-undisbursed money "lapsed" or "at risk".
 */
public record MoneySummary(Map<String, Long> totals, List<Row> byStage, List<Row> byProject, List<Row> byUnit,
                           long totalAtStake, List<Capacity> capacity) {

    /** One line of a breakdown: key, VND, number of findings, and VND per stage. */
    public record Row(String key, long amount, int findings, Map<String, Long> stages) {}

    public static final List<String> STAGES = List.of("not-allocated", "lapsed", "at-risk", "counterpart-missing",
            "insurance-unfunded");

    public boolean isEmpty() {
        return totals.isEmpty() && byStage.isEmpty() && capacity.isEmpty();
    }

    public static MoneySummary of(Case c, List<Finding> findings) {
        Map<String, Long> totals = new LinkedHashMap<>();
        if (!c.funds().isEmpty()) {
            totals.put("planned", c.funds().stream().mapToLong(Fund::planned).sum());
            totals.put("allocated", c.funds().stream().mapToLong(Fund::allocated).sum());
            totals.put("disbursed", c.funds().stream().mapToLong(Fund::disbursed).sum());
            totals.put("notAllocated", c.funds().stream().mapToLong(f -> f.planned() - f.allocated()).sum());
            totals.put("undisbursed", c.funds().stream().mapToLong(f -> f.allocated() - f.disbursed()).sum());
        }
        if (!c.counterparts().isEmpty()) {
            totals.put("counterpartAllocated", c.counterparts().stream().mapToLong(k -> k.allocated()).sum());
        }
        Map<String, Acc> stage = new TreeMap<>(), project = new TreeMap<>(), unit = new TreeMap<>();
        long total = 0;
        for (Finding f : findings) {
            Object s = f.values().get("stage");
            if (s == null || f.amount() == null) continue;
            String st = s.toString();
            total += f.amount();
            stage.computeIfAbsent(st, k -> new Acc()).add(st, f.amount());
            if (f.subject().startsWith("fund:")) {
                Object p = f.values().get("project");
                project.computeIfAbsent(p == null ? "" : p.toString(), k -> new Acc()).add(st, f.amount());
            }
            unit.computeIfAbsent(f.unit() == null ? "" : f.unit(), k -> new Acc()).add(st, f.amount());
        }
        return new MoneySummary(totals, rows(stage), rows(project), rows(unit), total, Capacity.of(c));
    }

    private static final class Acc {
        long amount;
        int count;
        final Map<String, Long> stages = new LinkedHashMap<>();

        void add(String stage, long a) {
            amount += a;
            count++;
            stages.merge(stage, a, Long::sum);
        }
    }

    private static List<Row> rows(Map<String, Acc> m) {
        List<Row> out = new ArrayList<>();
        m.forEach((k, a) -> {
            Map<String, Long> ordered = new LinkedHashMap<>();
            STAGES.forEach(s -> { if (a.stages.containsKey(s)) ordered.put(s, a.stages.get(s)); });
            out.add(new Row(k, a.amount, a.count, ordered));
        });
        out.sort(Comparator.comparingLong(Row::amount).reversed().thenComparing(Row::key));
        return List.copyOf(out);
    }
}
