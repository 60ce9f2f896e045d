package vn.gnbv.findings;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Findings as JSON (DESIGN.md "Findings" contract), with a count by severity beside them. */
public final class JsonReport {
    public static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private JsonReport() {}

    public static void write(Writer out, LocalDate asOf, List<Finding> findings, Messages m) throws IOException {
        write(out, asOf, findings, null, m);
    }

    /** With a money summary (`summary` beside `findings`) when the case has capital lines. */
    public static void write(Writer out, LocalDate asOf, List<Finding> findings, MoneySummary summary, Messages m)
            throws IOException {
        write(out, asOf, findings, summary, null, m);
    }

    /** With waivers: `waived` (each finding with its waiver) and `waivers` {expired, unmatched}. */
    public static void write(Writer out, LocalDate asOf, List<Finding> findings, MoneySummary summary,
                             vn.gnbv.waivers.WaiverResult waivers, Messages m) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("asOf", asOf.toString());
        doc.put("lang", m.lang());
        doc.put("findings", findings.stream().map(f -> finding(f, m)).toList());
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String s : List.of("error", "warning", "info")) {
            counts.put(s, findings.stream().filter(f -> f.severity().equals(s)).count());
        }
        doc.put("counts", counts);
        if (summary != null && !summary.isEmpty()) doc.put("summary", summary(summary));
        if (waivers != null && !waivers.isEmpty()) {
            doc.put("waived", waivers.waived().stream().map(w -> {
                Map<String, Object> o = finding(w.finding(), m);
                o.put("waiver", waiver(w.waiver()));
                return o;
            }).toList());
            Map<String, Object> ws = new LinkedHashMap<>();
            ws.put("expired", waivers.expired().stream().map(JsonReport::waiver).toList());
            ws.put("unmatched", waivers.unmatched().stream().map(JsonReport::waiver).toList());
            doc.put("waivers", ws);
        }
        JSON.writeValue(out, doc);
        out.write("\n");
    }

    private static Map<String, Object> waiver(vn.gnbv.waivers.Waiver w) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("rule", w.rule());
        o.put("subject", w.subject());
        o.put("unit", w.unit());
        o.put("decision", w.decision());
        o.put("justification", w.justification());
        o.put("expires", w.expires().toString());
        o.put("source", Map.of("file", w.source().file(), "line", w.source().line()));
        return o;
    }

    private static Map<String, Object> summary(MoneySummary s) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("totals", s.totals());
        o.put("totalAtStake", s.totalAtStake());
        o.put("byStage", rows(s.byStage(), "stage"));
        o.put("byProject", rows(s.byProject(), "project"));
        o.put("byUnit", rows(s.byUnit(), "unit"));
        if (!s.capacity().isEmpty()) o.put("capacity", s.capacity());
        return o;
    }

    private static List<Map<String, Object>> rows(List<MoneySummary.Row> rows, String key) {
        return rows.stream().map(r -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put(key, r.key().isEmpty() ? null : r.key());
            x.put("amount", r.amount());
            x.put("findings", r.findings());
            x.put("stages", r.stages());
            return x;
        }).toList();
    }

    public static Map<String, Object> finding(Finding f, Messages m) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("rule", f.rule());
        o.put("severity", f.severity());
        o.put("subject", f.subject());
        o.put("unit", f.unit());
        o.put("district", f.district());
        o.put("message", m.message(f));
        o.put("legalBasis", f.legalBasis());
        o.put("values", f.values());
        o.put("parameters", f.parameters().stream().map(p -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("name", p.name());
            x.put("value", p.value());
            x.put("ref", p.ref());
            x.put("confidence", p.confidence());
            return x;
        }).toList());
        o.put("amount", f.amount());
        Map<String, Object> src = new LinkedHashMap<>();
        if (f.source() != null) {
            src.put("file", f.source().file());
            src.put("line", f.source().line());
        }
        o.put("source", f.source() == null ? null : src);
        return o;
    }
}
