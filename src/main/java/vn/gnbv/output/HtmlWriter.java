package vn.gnbv.output;

import vn.gnbv.summary.CheckSummary;
import vn.gnbv.waivers.Waived;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * `check --format html`: one self-contained page an inspector reads, prints on A4 and attaches —
 * what was checked and the totals (each with {@code data-total} and its raw value), charts (money
 * by stage and by unit, findings by commune, poverty rates against the target), findings by rule and
 * by unit, the findings grouped by district and commune with their legal basis (streamed; at most
 * {@link #MAX_FINDINGS}, the rest counted by unit with a note), waived findings, and the parameters
 * used with their confidence. Every text comes from the catalogue in the report's language and is
 * HTML-escaped by the template. The same input gives the same bytes: no clock, no random ids.
 */
final class HtmlWriter implements ReportWriter {
    /** Findings listed on one page; a larger run is listed in full by --format xlsx or json. */
    static final int MAX_FINDINGS = 5_000;

    private final int cap;

    HtmlWriter() {
        this(MAX_FINDINGS);
    }

    HtmlWriter(int cap) {
        this.cap = cap;
    }

    @Override
    public void write(CheckReport r, OutputStream stream) throws IOException {
        HtmlTemplates t = HtmlTemplates.get();
        Messages m = r.messages();
        CheckSummary s = r.summary();
        FindingGroups groups = new FindingGroups(r, cap);
        List<ChartData.Chart> charts = ChartData.of(r);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("lang", m.lang());
        page.put("t", new Labels(m));
        page.put("asOfIso", r.asOf().toString());
        page.put("asOfText", m.date(r.asOf()));
        page.put("province", r.facts().province());
        page.put("version", r.version());
        page.put("rulesOrigin", r.rulesOrigin());
        page.put("draft", r.draftParameters().isEmpty() ? null : m.changes(r.draftParameters()));
        page.put("draftNotInForce", r.parameters().draftNotInForce().isEmpty() ? null
                : m.notInForce(r.parameters().draftNotInForce(), r.asOf()));
        page.put("checked", SummaryText.checked(s, m));
        page.put("headline", headline(r));
        page.put("totals", totals(r));
        page.put("charts", charts);
        page.put("byRule", byRule(r));
        page.put("byUnit", byUnit(r));
        page.put("noFindings", !groups.districts().hasNext());
        page.put("districts", groups.districts());
        page.put("omitted", groups.omitted());
        page.put("waived", waived(r));
        page.put("parameters", parameters(groups.parameters(), m));
        page.put("css", t.css);
        page.put("echarts", t.echarts);
        page.put("script", t.script);
        page.put("chartJson", ChartData.json(charts, m));
        Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        try {
            t.page.execute(page, out);
        } catch (com.samskivert.mustache.MustacheException e) {
            if (e.getCause() instanceof IOException io) throw io;
            throw e;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    /** Findings by rule: ID, severity, count, subjects, money, title. */
    private static List<Map<String, Object>> byRule(CheckReport r) {
        List<CheckSummary.RuleLine> lines = r.summary().byRule();
        return named(SummaryText.rules(r.summary(), r), List.of("rule", "severityText", "findings", "subjects", "amount", "title"),
                (row, i) -> {
                    row.put("severity", lines.get(i).severity());
                    // the rule's documentation page (rules/docs/<ID>.md), when the rules are a folder that has them
                    row.put("doc", r.docs() == null ? null : r.docs().resolve(lines.get(i).rule() + ".md").toString());
                });
    }

    /** Findings by district (rolled up) and commune, with households and people checked and the money. */
    private static List<Map<String, Object>> byUnit(CheckReport r) {
        List<CheckSummary.UnitLine> lines = r.summary().byUnit();
        return named(SummaryText.units(r.summary(), r),
                List.of("unit", "households", "persons", "errors", "warnings", "infos", "withErrors", "amount"), (row, i) -> {
                    String unit = lines.get(i).unit();
                    row.put("district", unit != null && unit.startsWith("district:"));
                    row.put("unit", row.get("unit").toString().strip());
                });
    }

    /** The summary's text rows (as text and Markdown show them) as maps for the template, cell by key, plus extras. */
    private static List<Map<String, Object>> named(List<String[]> rows, List<String> keys,
                                                   java.util.function.ObjIntConsumer<Map<String, Object>> extra) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int k = 0; k < keys.size(); k++) row.put(keys.get(k), rows.get(i)[k]);
            extra.accept(row, i);
            out.add(row);
        }
        return out;
    }

    /** The few figures shown large at the top: money at stake, errors, households listed wrongly, people without a card. */
    private static List<Map<String, Object>> headline(CheckReport r) {
        List<String> keys = List.of("totalAtStake", "findings.error", "householdsListedWrongly", "personsWithoutCard",
                "insurance.owed-unpaid");
        List<Map<String, Object>> out = new ArrayList<>();
        for (String k : keys) {
            for (ReportTotals.Total t : ReportTotals.of(r)) {
                if (t.key().equals(k)) out.add(total(t, r.messages()));
            }
        }
        return out;
    }

    /** Every total in its group: what was checked, findings, people, money. */
    private static List<Map<String, Object>> totals(CheckReport r) {
        Messages m = r.messages();
        Map<ReportTotals.Group, List<Map<String, Object>>> by = new LinkedHashMap<>();
        for (ReportTotals.Total t : ReportTotals.of(r)) by.computeIfAbsent(t.group(), g -> new ArrayList<>()).add(total(t, m));
        List<Map<String, Object>> out = new ArrayList<>();
        by.forEach((g, rows) -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("title", m.text("html.totals." + g.name().toLowerCase()));
            x.put("rows", rows);
            out.add(x);
        });
        return out;
    }

    private static Map<String, Object> total(ReportTotals.Total t, Messages m) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("key", t.key());
        x.put("label", t.label());
        x.put("raw", t.value() instanceof LocalDate d ? d.toString() : String.valueOf(t.value()));
        x.put("text", t.money() ? m.money(((Number) t.value()).longValue()) : m.value(t.value()));
        x.put("money", t.money());
        x.put("zero", t.value() instanceof Number n && n.longValue() == 0);
        x.put("sub", t.key().startsWith("stage.") || t.key().startsWith("totals."));
        return x;
    }

    private static List<Map<String, Object>> waived(CheckReport r) {
        Messages m = r.messages();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Waived w : r.waived()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("rule", w.finding().rule());
            x.put("subject", w.finding().subject());
            x.put("message", m.message(w.finding()));
            x.put("decision", w.waiver().decision());
            x.put("until", m.date(w.waiver().expires()));
            x.put("justification", w.waiver().justification());
            out.add(x);
        }
        return out;
    }

    /** The parameters used, as the page shows them; read only once the findings are written. */
    private static Iterable<Map<String, Object>> parameters(Iterable<UsedParameters.Entry> entries, Messages m) {
        return () -> {
            Iterator<UsedParameters.Entry> it = entries.iterator();
            List<Map<String, Object>> out = new ArrayList<>();
            while (it.hasNext()) {
                UsedParameters.Entry e = it.next();
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("name", e.name());
                x.put("value", m.value(e.value()));
                x.put("unit", e.unit());
                x.put("ref", e.ref());
                x.put("confidence", m.text("confidence." + (e.confidence() == null ? "confirmed" : e.confidence())));
                x.put("unconfirmed", e.unconfirmed());
                x.put("from", e.from() == null ? null : m.date(e.from()));
                x.put("findings", m.value(e.findings()));
                out.add(x);
            }
            return out.iterator();
        };
    }
}
