package vn.gnbv.summary;

import vn.gnbv.facts.Case;
import vn.gnbv.facts.Counterpart;
import vn.gnbv.facts.Fund;
import vn.gnbv.facts.Sections;
import vn.gnbv.findings.Finding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the money is stuck: the money at stake of the findings, by stage (not allocated, lapsed, at
 * risk, counterpart missing, cards unfunded), by project and by unit, largest first; beside the
 * case's own totals, so that every đồng can be traced. Stages never count the same đồng twice: a
 * line's unallocated money is "not allocated", its allocated-but-undisbursed money "lapsed" or "at risk".
 */
public record MoneySummary(Map<String, Long> totals, List<Row> byStage, List<Row> byProject, List<Row> byUnit,
                           long totalAtStake) {

    /** One line of a breakdown: key, VND, number of findings, and VND per stage. */
    public record Row(String key, long amount, int findings, Map<String, Long> stages) {}

    public static final List<String> STAGES = List.of("not-allocated", "lapsed", "at-risk", "counterpart-missing",
            "insurance-unfunded");

    public boolean isEmpty() {
        return totals.isEmpty() && byStage.isEmpty();
    }

    /** Accumulates the money of findings as they come (thread-safe). */
    public static final class Builder {
        private final Map<String, Acc> stage = new TreeMap<>(), project = new TreeMap<>(), unit = new TreeMap<>();
        private long total;

        public synchronized void add(Finding f) {
            Object s = f.values().get("stage");
            if (s == null || f.amount() == null) return;
            String st = s.toString();
            total = Money.add(total, f.amount());
            stage.computeIfAbsent(st, k -> new Acc()).add(st, f.amount());
            if (f.subject().startsWith("fund:")) {
                Object p = f.values().get("project");
                project.computeIfAbsent(p == null ? "" : p.toString(), k -> new Acc()).add(st, f.amount());
            }
            unit.computeIfAbsent(f.unit() == null ? "" : f.unit(), k -> new Acc()).add(st, f.amount());
        }

        public synchronized void clear() {
            stage.clear();
            project.clear();
            unit.clear();
            total = 0;
        }

        public synchronized MoneySummary build(Case c) {
            Map<String, Long> totals = new LinkedHashMap<>();
            List<Fund> funds = c.get(Sections.FUNDS);
            if (!funds.isEmpty()) {
                long planned = 0, allocated = 0, disbursed = 0, notAllocated = 0, undisbursed = 0;
                for (Fund f : funds) {
                    planned = Money.add(planned, f.planned());
                    allocated = Money.add(allocated, f.allocated());
                    disbursed = Money.add(disbursed, f.disbursed());
                    notAllocated = Money.add(notAllocated, f.planned() - f.allocated());
                    undisbursed = Money.add(undisbursed, f.allocated() - f.disbursed());
                }
                totals.put("planned", planned);
                totals.put("allocated", allocated);
                totals.put("disbursed", disbursed);
                totals.put("notAllocated", notAllocated);
                totals.put("undisbursed", undisbursed);
            }
            List<Counterpart> counterparts = c.get(Sections.COUNTERPARTS);
            if (!counterparts.isEmpty()) {
                long a = 0;
                for (Counterpart k : counterparts) a = Money.add(a, k.allocated());
                totals.put("counterpartAllocated", a);
            }
            return new MoneySummary(totals, rows(stage), rows(project), rows(unit), total);
        }
    }

    private static final class Acc {
        long amount;
        int count;
        final Map<String, Long> stages = new LinkedHashMap<>();

        void add(String stage, long a) {
            amount = Money.add(amount, a);
            count++;
            stages.merge(stage, a, Money::add);
        }
    }

    private static List<Row> rows(Map<String, Acc> m) {
        List<Row> out = new ArrayList<>();
        m.forEach((k, a) -> {
            Map<String, Long> ordered = new LinkedHashMap<>();
            STAGES.forEach(s -> { if (a.stages.containsKey(s)) ordered.put(s, a.stages.get(s)); });
            a.stages.forEach(ordered::putIfAbsent);
            out.add(new Row(k, a.amount, a.count, ordered));
        });
        out.sort(Comparator.comparingLong(Row::amount).reversed().thenComparing(Row::key));
        return List.copyOf(out);
    }
}
