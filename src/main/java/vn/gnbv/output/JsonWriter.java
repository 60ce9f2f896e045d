package vn.gnbv.output;

import com.fasterxml.jackson.core.JsonGenerator;
import vn.gnbv.findings.Finding;
import vn.gnbv.summary.CheckSummary;
import vn.gnbv.waivers.Waived;
import vn.gnbv.waivers.Waiver;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;

/**
 * Findings as JSON (DESIGN.md "Findings" contract) for tools: what was checked, counts, the
 * summary, the findings as they come, waived findings with their waiver, waivers expired or unused.
 */
final class JsonWriter implements ReportWriter {
    @Override
    public void write(CheckReport r, OutputStream out) throws IOException {
        Messages m = r.messages();
        CheckSummary s = r.summary();
        JsonGenerator g = Json.open(out, r.pretty());
        g.writeStartObject();
        g.writeStringField("asOf", r.asOf().toString());
        g.writeStringField("lang", m.lang());
        Json.draftParameters(g, r.draftParameters());
        Json.draftNotInForce(g, r.parameters().draftNotInForce());
        Json.field(g, "checked", s.checked());
        Json.field(g, "counts", s.bySeverity());
        g.writeObjectFieldStart("summary");
        Json.field(g, "byRule", s.byRule());
        Json.field(g, "byUnit", s.byUnit());
        Json.field(g, "insurance", s.insurance());
        g.writeNumberField("householdsListedWrongly", s.householdsListedWrongly());
        if (!s.money().isEmpty()) {
            Json.field(g, "totals", s.money().totals());
            g.writeNumberField("totalAtStake", s.money().totalAtStake());
            rows(g, "byStage", "stage", s.money().byStage());
            rows(g, "byProject", "project", s.money().byProject());
            rows(g, "byUnitMoney", "unit", s.money().byUnit());
        }
        if (!s.capacity().isEmpty()) {
            Json.field(g, "capacity", s.capacity());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("findings");
        for (Iterator<Finding> it = r.findings(); it.hasNext(); ) Json.finding(g, it.next(), m);
        g.writeEndArray();
        if (!r.waived().isEmpty() || !r.expired().isEmpty() || !r.unmatched().isEmpty()) {
            g.writeArrayFieldStart("waived");
            for (Waived w : r.waived()) {
                g.writeStartObject();
                Json.findingFields(g, w.finding(), m);
                g.writeFieldName("waiver");
                waiver(g, w.waiver());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("waivers");
            g.writeArrayFieldStart("expired");
            for (Waiver w : r.expired()) waiver(g, w);
            g.writeEndArray();
            g.writeArrayFieldStart("unmatched");
            for (Waiver w : r.unmatched()) waiver(g, w);
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndObject();
        Json.close(g, out);
    }

    private static void rows(JsonGenerator g, String field, String key, java.util.List<vn.gnbv.summary.MoneySummary.Row> rows)
            throws IOException {
        g.writeArrayFieldStart(field);
        for (var row : rows) {
            g.writeStartObject();
            g.writeStringField(key, row.key().isEmpty() ? null : row.key());
            g.writeNumberField("amount", row.amount());
            g.writeNumberField("findings", row.findings());
            Json.field(g, "stages", row.stages());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void waiver(JsonGenerator g, Waiver w) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", w.rule());
        g.writeStringField("subject", w.subject());
        g.writeStringField("unit", w.unit());
        g.writeStringField("decision", w.decision());
        g.writeStringField("justification", w.justification());
        g.writeStringField("expires", w.expires().toString());
        g.writeObjectFieldStart("source");
        g.writeStringField("file", w.source().file());
        g.writeNumberField("line", w.source().line());
        g.writeEndObject();
        g.writeEndObject();
    }
}
