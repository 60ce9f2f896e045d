package vn.gnbv.output;

import vn.gnbv.findings.Finding;
import vn.gnbv.policy.DiffCollector;
import vn.gnbv.policy.DraftChanges;
import vn.gnbv.policy.FindingChange;
import vn.gnbv.policy.Impact;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * `diff --format xlsx`: what the draft changes (parameters with both values, rules, draft values
 * the date does not take), the impact table (district × status, baseline and draft), its totals with
 * the difference, then what moves — households reclassified, people whose support changes, findings
 * added, removed or changed with what they depend on — a sheet each, districts by name.
 */
final class DiffWorkbook {
    private final LocalDate asOf;
    private final DiffCollector d;
    private final DraftChanges draft;
    private final Messages m;
    private final UnitNames names;
    private final List<Map<String, Object>> impactRows;

    DiffWorkbook(LocalDate asOf, DiffCollector d, DraftChanges draft, Messages m, UnitNames names,
                 List<Map<String, Object>> impactRows) {
        this.asOf = asOf;
        this.d = d;
        this.draft = draft;
        this.m = m;
        this.names = names;
        this.impactRows = impactRows;
    }

    void write(OutputStream out) throws IOException {
        List<Map<String, Object>> impact = new ArrayList<>();
        for (Map<String, Object> row : impactRows) {
            Map<String, Object> r = new LinkedHashMap<>(row);
            r.put("district", districtName(row.get("district").toString()));
            impact.add(r);
        }
        Impact b = d.baseline(), a = d.draft();
        List<Map<String, Object>> totals = new ArrayList<>();
        for (String st : Impact.STATUSES) totals.add(total(m.text("diff.households") + " " + m.value(st), b.households(st), a.households(st)));
        totals.add(total(m.text("diff.entitled"), b.entitledPeople(), a.entitledPeople()));
        totals.add(total(m.text("diff.yearly-state-cost"), b.yearlyStateCost(), a.yearlyStateCost()));
        totals.add(total(m.text("summary.total-at-stake"), b.moneyAtStake(), a.moneyAtStake()));
        UnaryOperator<Map<String, Object>> named = row -> {
            Map<String, Object> r = new LinkedHashMap<>(row);
            r.put("district", districtName(row.get("district") == null ? "" : row.get("district").toString()));
            if (r.get("commune") != null) r.put("commune", names.of("commune:" + r.get("commune")));
            return r;
        };
        new TableWorkbook(m, asOf)
                .sheet("draft", List.of("change", "item", "before", "after", "note"), draftRows().iterator())
                .sheet("impact", DiffWriter.impactColumns(), impact.iterator())
                .sheet("impact-totals", List.of("item", "before", "after", "difference"), totals.iterator())
                .sheet("reclassified", List.of("district", "commune", "household", "head", "before", "after"),
                        map(d.reclassified(), named))
                .sheet("support", List.of("district", "person", "household", "beforeGroup", "beforePercent", "afterGroup",
                        "afterPercent", "yearlyCostDifference"), map(d.support(), named))
                .sheet("finding-changes", List.of("district", "change", "rule", "subject", "finding", "amountBefore", "amountAfter",
                        "dependsOn"), map(d.findings(), this::findingChange))
                .write(out);
    }

    /**
     * What the draft changes, first, so the workbook says what it compares: each parameter with its
     * value in force and the draft's, each rule whose text differs, each draft value the date does not take.
     */
    private List<Map<String, Object>> draftRows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var c : draft.parameters()) {
            rows.add(draftRow(m.text("diff.kind.parameter"), c.name(), shown(c.baseline()), shown(c.draft()), null));
        }
        for (String rule : draft.rules()) rows.add(draftRow(m.text("diff.kind.rule"), rule, null, null, m.text("diff.rule-text-changed")));
        for (var v : draft.notInForce()) {
            rows.add(draftRow(m.text("diff.kind.not-in-force"), v.name(), null, shown(v.value()), m.whyNotInForce(v)));
        }
        return rows;
    }

    private Object shown(Object value) {
        return value == null ? m.text("report.draft-absent") : value;
    }

    private static Map<String, Object> draftRow(String change, String item, Object before, Object after, String note) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("change", change);
        r.put("item", item);
        r.put("before", before);
        r.put("after", after);
        r.put("note", note);
        return r;
    }

    private Map<String, Object> findingChange(FindingChange x) {
        Finding any = x.any();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("district", districtName(x.district()));
        r.put("change", m.text("diff.change." + x.change()));
        r.put("rule", any.rule());
        r.put("subject", any.subject());
        r.put("finding", m.message(any));
        r.put("amountBefore", x.before() == null ? null : x.before().amount());
        r.put("amountAfter", x.after() == null ? null : x.after().amount());
        r.put("dependsOn", String.join(", ", DiffCollector.dependsOn(x, draft.parameterNames(), draft.rules())));
        return r;
    }

    private String districtName(String district) {
        return Impact.ALL.equals(district) ? m.text("diff.all") : district.isEmpty() ? m.text("report.province-level")
                : names.district(district);
    }

    private static Map<String, Object> total(String label, long before, long after) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("item", label);
        r.put("before", before);
        r.put("after", after);
        r.put("difference", after - before);
        return r;
    }

    /** Rows made as they are read (the changes stream from disk). */
    private static <T, R> Iterator<R> map(Iterator<T> it, Function<T, R> f) {
        return new Iterator<>() {
            public boolean hasNext() {
                return it.hasNext();
            }

            public R next() {
                return f.apply(it.next());
            }
        };
    }
}
