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
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private JsonReport() {}

    public static void write(Writer out, LocalDate asOf, List<Finding> findings, Messages m) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("asOf", asOf.toString());
        doc.put("lang", m.lang());
        doc.put("findings", findings.stream().map(f -> finding(f, m)).toList());
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String s : List.of("error", "warning", "info")) {
            counts.put(s, findings.stream().filter(f -> f.severity().equals(s)).count());
        }
        doc.put("counts", counts);
        JSON.writeValue(out, doc);
        out.write("\n");
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
