package vn.gnbv.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import vn.gnbv.findings.Finding;
import vn.gnbv.findings.UsedParameter;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * JSON written straight to a generator on the output stream (compact, or indented on request):
 * findings are never built into maps first. Numbers stay numbers, BigDecimals plain.
 */
final class Json {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private Json() {}

    static JsonGenerator open(OutputStream out, boolean pretty) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        if (pretty) {
            DefaultPrettyPrinter p = new DefaultPrettyPrinter();
            p.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
            g.setPrettyPrinter(p);
        }
        return g;
    }

    /** Ends the document with a newline and flushes; a failed write surfaces as an exception. */
    static void close(JsonGenerator g, OutputStream out) throws IOException {
        g.flush();
        out.write('\n');
        out.flush();
        g.close();
    }

    /** A field of an object: its name, then its value as {@link #value} writes it. */
    static void field(JsonGenerator g, String name, Object v) throws IOException {
        g.writeFieldName(name);
        value(g, v);
    }

    static void value(JsonGenerator g, Object v) throws IOException {
        if (v == null) g.writeNull();
        else if (v instanceof String s) g.writeString(s);
        else if (v instanceof Long l) g.writeNumber(l);
        else if (v instanceof Integer i) g.writeNumber(i);
        else if (v instanceof BigDecimal d) g.writeNumber(d);
        else if (v instanceof BigInteger b) g.writeNumber(b);
        else if (v instanceof Double d) g.writeNumber(d);
        else if (v instanceof Boolean b) g.writeBoolean(b);
        else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (var e : m.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof Collection<?> c) {
            g.writeStartArray();
            for (Object o : c) value(g, o);
            g.writeEndArray();
        } else if (v instanceof Record r) {
            g.writeStartObject();
            for (var c : r.getClass().getRecordComponents()) {
                g.writeFieldName(c.getName());
                try {
                    value(g, c.getAccessor().invoke(r));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            g.writeEndObject();
        } else g.writeString(v.toString());
    }

    /** "draftParameters": each value a draft changed on the case date, {name, value, baseline}. */
    static void draftParameters(JsonGenerator g, java.util.List<vn.gnbv.parameters.ParameterChange> changes) throws IOException {
        g.writeArrayFieldStart("draftParameters");
        for (var c : changes) {
            g.writeStartObject();
            g.writeStringField("name", c.name());
            field(g, "value", c.draft());
            field(g, "baseline", c.baseline());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /**
     * "draftNotInForce": the draft's values the case date does not take (name, from, value, source,
     * and replacedFrom when a later value replaces it before the date; README "Testing a draft").
     */
    static void draftNotInForce(JsonGenerator g, java.util.List<vn.gnbv.parameters.DraftValue> values) throws IOException {
        g.writeArrayFieldStart("draftNotInForce");
        for (var v : values) {
            g.writeStartObject();
            g.writeStringField("name", v.name());
            g.writeStringField("from", v.from().toString());
            field(g, "value", v.value());
            if (v.replacedFrom() != null) g.writeStringField("replacedFrom", v.replacedFrom().toString());
            g.writeObjectFieldStart("source");
            g.writeStringField("file", v.source().file());
            g.writeNumberField("line", v.source().line());
            g.writeNumberField("column", v.source().column());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** A finding (DESIGN.md "Findings" contract, with name and source.column). */
    static void finding(JsonGenerator g, Finding f, Messages m) throws IOException {
        g.writeStartObject();
        findingFields(g, f, m);
        g.writeEndObject();
    }

    static void findingFields(JsonGenerator g, Finding f, Messages m) throws IOException {
        g.writeStringField("rule", f.rule());
        g.writeStringField("severity", f.severity());
        g.writeStringField("subject", f.subject());
        g.writeStringField("name", f.name());
        g.writeStringField("unit", f.unit());
        g.writeStringField("district", f.district());
        g.writeStringField("message", m.message(f));
        g.writeStringField("legalBasis", f.legalBasis());
        g.writeFieldName("values");
        value(g, f.values());
        g.writeArrayFieldStart("parameters");
        for (UsedParameter p : f.parameters()) {
            g.writeStartObject();
            g.writeStringField("name", p.name());
            g.writeFieldName("value");
            value(g, p.value());
            g.writeStringField("ref", p.ref());
            g.writeStringField("confidence", p.confidence());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName("amount");
        value(g, f.amount());
        if (f.source() == null) {
            g.writeNullField("source");
        } else {
            g.writeObjectFieldStart("source");
            g.writeStringField("file", f.source().file());
            g.writeNumberField("line", f.source().line());
            g.writeNumberField("column", f.source().column());
            g.writeEndObject();
        }
    }
}
