package vn.gnbv.summary;

import vn.gnbv.facts.Case;
import vn.gnbv.facts.Household;
import vn.gnbv.facts.Member;
import vn.gnbv.household.ClassificationRow;
import vn.gnbv.household.ClassificationRows;
import vn.gnbv.insurance.Entitlement;
import vn.gnbv.insurance.EntitlementRow;
import vn.gnbv.run.MapCodec;
import vn.gnbv.run.Outcome;
import vn.gnbv.run.RunListener;
import vn.gnbv.run.SortedSpill;

import java.io.Closeable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The rows of `classify` (one per household, by household id) or `entitlements` (one per person,
 * by person id) as batches finish, in order without holding them all.
 */
public final class TableCollector implements RunListener, Closeable {
    public enum Kind { CLASSIFY, ENTITLEMENTS }

    private final Kind kind;
    private final SortedSpill<Map<String, Object>> rows;

    public TableCollector(Kind kind) {
        this.kind = kind;
        String key = kind == Kind.CLASSIFY ? "household" : "person";
        this.rows = new SortedSpill<>(Comparator.comparing((Map<String, Object> m) -> String.valueOf(m.get(key))),
                MapCodec.INSTANCE);
    }

    public List<String> columns() {
        return kind == Kind.CLASSIFY ? ClassificationRow.COLUMNS : EntitlementRow.COLUMNS;
    }

    @Override
    public void batch(Case c, List<Household> households, List<Outcome> outcomes) {
        var r = outcomes.get(0).result();
        if (kind == Kind.CLASSIFY) {
            for (ClassificationRow row : ClassificationRows.of(c, households, r.statuses(), r.indicators())) rows.add(row.asMap());
            return;
        }
        Map<String, Member> members = new HashMap<>();
        for (Household h : households) for (Member m : h.members()) members.put(m.id(), m);
        for (Entitlement e : r.entitlements()) {
            rows.add(EntitlementRow.of(e, members.get(e.person()), c.districtOf("commune:" + e.commune()), c.asOf()).asMap());
        }
    }

    @Override
    public void caseLevel(Case c, List<Outcome> outcomes) {
        // no rows from the case-level facts
    }

    @Override
    public void reset() {
        rows.clear();
    }

    public Iterator<Map<String, Object>> rows() {
        return rows.iterator();
    }

    @Override
    public void close() {
        rows.close();
    }
}
