package vn.gnbv.output;

import com.fasterxml.jackson.core.JsonGenerator;
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

/**
 * `gnbv diff` output: per district what moves (households reclassified, support changed, findings
 * added/removed/changed), then the impact table, baseline → draft, by district and status
 * (households, people, yearly cost), and the totals. Text, Markdown, JSON, CSV (the impact table),
 * xlsx (the impact table, its totals, and what moves, a sheet each).
 */
public final class DiffWriter {
    public static final List<String> FORMATS = List.of("text", "markdown", "json", "csv", "xlsx");

    private final LocalDate asOf;
    private final DiffCollector d;
    private final DraftChanges draft;
    private final List<String> changedParameters, changedRules;
    private final Messages m;
    private final UnitNames names;

    public DiffWriter(LocalDate asOf, DiffCollector d, DraftChanges draft, Messages m, Map<String, String> names) {
        this.asOf = asOf;
        this.d = d;
        this.draft = draft;
        this.changedParameters = draft.parameterNames();
        this.changedRules = draft.rules();
        this.m = m;
        this.names = new UnitNames(names, m);
    }

    public void write(String format, OutputStream out, boolean pretty) throws IOException {
        switch (format) {
            case "json" -> json(out, pretty);
            case "csv" -> Table.csv(out, impactColumns(), impactRows().iterator());
            case "xlsx" -> new DiffWorkbook(asOf, d, draft, m, names, impactRows()).write(out);
            default -> text(out, format.equals("markdown"));
        }
    }

    private void text(OutputStream stream, boolean md) throws IOException {
        String h1 = md ? "# " : "", h2 = md ? "## " : "== ", h3 = md ? "### " : "-- ", li = md ? "- " : "   ";
        try (Lines out = new Lines(stream)) {
            out.line(h1 + m.text("diff.title") + " — " + m.text("report.asOf") + ": " + m.date(asOf)).line();
            out.line(m.text("diff.changed-parameters") + ": " + (draft.parameters().isEmpty() ? "—" : m.changes(draft.parameters())));
            out.line(m.text("diff.changed-rules") + ": " + (changedRules.isEmpty() ? "—" : String.join(", ", changedRules)));
            if (!draft.notInForce().isEmpty()) out.line(m.notInForce(draft.notInForce(), asOf));
            if (d.noChange()) out.line().line(m.text("diff.no-change"));
            Iterator<Map<String, Object>> rec = d.reclassified(), sup = d.support();
            Iterator<FindingChange> fin = d.findings();
            Peek<Map<String, Object>> r = new Peek<>(rec), s = new Peek<>(sup);
            Peek<FindingChange> f = new Peek<>(fin);
            Map<String, Long> costs = d.yearlyCostByDistrict();
            for (String district : d.districts()) {
                out.line().line(h2 + (district.isEmpty() ? m.text("report.province-wide")
                        : m.text("report.district") + ": " + names.district(district)));
                List<Map<String, Object>> rs = r.takeWhile(x -> district.equals(x.get("district")));
                if (!rs.isEmpty()) {
                    out.line(h3 + m.text("diff.reclassified") + " (" + m.value(rs.size()) + ")");
                    for (var x : rs) {
                        out.line(li + x.get("household") + (x.get("head") == null ? "" : " (" + x.get("head") + ")") + ", "
                                + names.of("commune:" + x.get("commune")) + ": " + m.value(x.get("before")) + " → " + m.value(x.get("after")));
                    }
                }
                List<Map<String, Object>> ss = s.takeWhile(x -> district.equals(x.get("district")));
                if (!ss.isEmpty()) {
                    out.line(h3 + m.text("diff.support") + " (" + m.value(ss.size()) + "; " + m.text("diff.yearly-cost") + " "
                            + signed(costs.getOrDefault(district, 0L)) + " " + m.text("word.currency") + ")");
                    for (var x : ss) {
                        out.line(li + x.get("person") + ": " + m.value(x.get("beforeGroup")) + " " + x.get("beforePercent") + "% → "
                                + m.value(x.get("afterGroup")) + " " + x.get("afterPercent") + "% (" + signed((Long) x.get("yearlyCostDifference"))
                                + " " + m.text("word.currency") + m.text("diff.per-year") + ")");
                    }
                }
                List<FindingChange> fs = f.takeWhile(x -> district.equals(x.district()));
                if (!fs.isEmpty()) {
                    out.line(h3 + m.text("diff.findings") + " (" + m.value(fs.size()) + ")");
                    for (FindingChange x : fs) {
                        Finding any = x.any();
                        String sign = switch (x.change()) { case "added" -> "+"; case "removed" -> "−"; default -> "~"; };
                        out.line(li + sign + " " + any.rule() + " " + any.subject() + ": " + m.message(any)
                                + (x.change().equals("changed") ? " [" + m.text("severity." + x.before().severity()) + " "
                                + amount(x.before()) + " → " + m.text("severity." + x.after().severity()) + " " + amount(x.after()) + "]" : "")
                                + dependsOn(x));
                    }
                }
            }
            out.line().line(h2 + m.text("diff.impact"));
            impactTable(out, md);
            out.line();
            Impact b = d.baseline(), a = d.draft();
            for (String st : Impact.STATUSES) totalRow(out, li, m.text("diff.households") + " " + m.value(st), b.households(st), a.households(st));
            totalRow(out, li, m.text("diff.entitled"), b.entitledPeople(), a.entitledPeople());
            totalRow(out, li, m.text("diff.yearly-state-cost"), b.yearlyStateCost(), a.yearlyStateCost());
            totalRow(out, li, m.text("summary.total-at-stake"), b.moneyAtStake(), a.moneyAtStake());
        }
    }

    private void impactTable(Lines out, boolean md) throws IOException {
        List<String> cols = List.of(m.text("col.unit"), m.text("col.status"), m.text("diff.col.households"),
                m.text("diff.col.people"), m.text("diff.col.cost"));
        if (md) {
            out.line().line("| " + String.join(" | ", cols) + " |").line("|---|---|---:|---:|---:|");
        } else {
            out.line(String.format("   %-24s %-28s %22s %22s %34s", cols.toArray()));
        }
        for (Map<String, Object> row : impactRows()) {
            String unit = "(all)".equals(row.get("district")) ? m.text("diff.all") : row.get("district").toString().isEmpty()
                    ? m.text("report.province-level") : names.district(row.get("district").toString());
            String[] cells = {unit, m.value(row.get("status")),
                    change((Long) row.get("householdsBefore"), (Long) row.get("householdsAfter")),
                    change((Long) row.get("peopleBefore"), (Long) row.get("peopleAfter")),
                    change((Long) row.get("costBefore"), (Long) row.get("costAfter"))};
            if (md) out.line("| " + String.join(" | ", cells) + " |");
            else out.line(String.format("   %-24s %-28s %22s %22s %34s", (Object[]) cells));
        }
    }

    private String dependsOn(FindingChange x) {
        List<String> on = DiffCollector.dependsOn(x, changedParameters, changedRules);
        return on.isEmpty() ? "" : " ← " + String.join(", ", on);
    }

    private String change(long before, long after) {
        return m.value(before) + " → " + m.value(after);
    }

    /** The impact table: district × status, households, people and yearly state cost, before and after. */
    List<Map<String, Object>> impactRows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        var before = d.baseline().byDistrict();
        var after = d.draft().byDistrict();
        var districts = new java.util.TreeSet<>(before.keySet());
        districts.addAll(after.keySet());
        List<String> ordered = new ArrayList<>(districts);
        ordered.remove(Impact.ALL);
        ordered.add(Impact.ALL);
        for (String district : ordered) {
            for (String st : Impact.STATUSES) {
                var b = before.getOrDefault(district, Map.of()).get(st);
                var a = after.getOrDefault(district, Map.of()).get(st);
                long hb = b == null ? 0 : b.households(), ha = a == null ? 0 : a.households();
                if (hb == 0 && ha == 0) continue;
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("district", district);
                r.put("status", st);
                r.put("householdsBefore", hb);
                r.put("householdsAfter", ha);
                r.put("peopleBefore", b == null ? 0L : b.people());
                r.put("peopleAfter", a == null ? 0L : a.people());
                r.put("costBefore", b == null ? 0L : b.yearlyCost());
                r.put("costAfter", a == null ? 0L : a.yearlyCost());
                rows.add(r);
            }
        }
        return rows;
    }

    static List<String> impactColumns() {
        return List.of("district", "status", "householdsBefore", "householdsAfter", "peopleBefore", "peopleAfter",
                "costBefore", "costAfter");
    }

    private void totalRow(Lines out, String li, String label, long a, long b) throws IOException {
        out.line(li + label + ": " + m.value(a) + " → " + m.value(b) + (a == b ? "" : " (" + signed(b - a) + ")"));
    }

    private String amount(Finding f) {
        return f.amount() == null ? "" : m.value(f.amount());
    }

    private String signed(long v) {
        return (v > 0 ? "+" : "") + m.value(v);
    }

    private void json(OutputStream out, boolean pretty) throws IOException {
        JsonGenerator g = Json.open(out, pretty);
        g.writeStartObject();
        g.writeStringField("asOf", asOf.toString());
        Json.field(g, "changedParameters", changedParameters);
        Json.field(g, "changedRules", changedRules);
        Json.draftParameters(g, draft.parameters());
        Json.draftNotInForce(g, draft.notInForce());
        g.writeBooleanField("noChange", d.noChange());
        g.writeArrayFieldStart("reclassified");
        for (Iterator<Map<String, Object>> it = d.reclassified(); it.hasNext(); ) Json.value(g, strip(it.next()));
        g.writeEndArray();
        g.writeArrayFieldStart("support");
        for (Iterator<Map<String, Object>> it = d.support(); it.hasNext(); ) Json.value(g, strip(it.next()));
        g.writeEndArray();
        Json.field(g, "yearlyCostDifference", d.yearlyCostByDistrict());
        g.writeArrayFieldStart("findings");
        for (Iterator<FindingChange> it = d.findings(); it.hasNext(); ) {
            FindingChange c = it.next();
            g.writeStartObject();
            g.writeStringField("district", c.district().isEmpty() ? null : c.district());
            g.writeStringField("change", c.change());
            g.writeFieldName("before");
            if (c.before() == null) g.writeNull(); else Json.finding(g, c.before(), m);
            g.writeFieldName("after");
            if (c.after() == null) g.writeNull(); else Json.finding(g, c.after(), m);
            Json.field(g, "dependsOn", DiffCollector.dependsOn(c, changedParameters, changedRules));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("impact");
        impact(g, "baseline", d.baseline());
        impact(g, "draft", d.draft());
        g.writeEndObject();
        Json.field(g, "impactTable", impactRows());
        g.writeEndObject();
        Json.close(g, out);
    }

    private static Map<String, Object> strip(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>(row);
        out.remove("key");
        if ("".equals(out.get("district"))) out.put("district", null);
        return out;
    }

    static void impact(JsonGenerator g, String field, Impact i) throws IOException {
        g.writeObjectFieldStart(field);
        Json.field(g, "byDistrict", i.byDistrict());
        Json.field(g, "entitledByGroup", i.entitledByGroup());
        g.writeNumberField("entitledPeople", i.entitledPeople());
        g.writeNumberField("yearlyStateCost", i.yearlyStateCost());
        Json.field(g, "moneyByStage", i.moneyByStage());
        Json.field(g, "findingsBySeverity", i.findingsBySeverity());
        g.writeEndObject();
    }

    /** An iterator one can look ahead in, to take the items of one district. */
    private static final class Peek<T> {
        private final Iterator<T> it;
        private T next;

        Peek(Iterator<T> it) {
            this.it = it;
            this.next = it.hasNext() ? it.next() : null;
        }

        List<T> takeWhile(java.util.function.Predicate<T> p) {
            List<T> out = new ArrayList<>();
            while (next != null && p.test(next)) {
                out.add(next);
                next = it.hasNext() ? it.next() : null;
            }
            return out;
        }
    }
}
