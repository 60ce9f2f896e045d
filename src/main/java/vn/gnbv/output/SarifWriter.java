package vn.gnbv.output;

import vn.gnbv.input.Location;
import com.fasterxml.jackson.core.JsonGenerator;
import vn.gnbv.findings.Finding;
import vn.gnbv.findings.RuleMeta;
import vn.gnbv.waivers.Waived;
import vn.gnbv.waivers.Waiver;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Findings as SARIF 2.1.0 for CI code scanning: one reportingDescriptor per rule (legal basis as
 * help, its documentation page as helpUri), one result per finding located at the facts file, line
 * and column; waived findings as results with an accepted external suppression.
 */
final class SarifWriter implements ReportWriter {
    @Override
    public void write(CheckReport r, OutputStream out) throws IOException {
        Messages m = r.messages();
        List<String> ids = new ArrayList<>(r.rules().keySet());
        JsonGenerator g = Json.open(out, r.pretty());
        g.writeStartObject();
        g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        g.writeStringField("version", "2.1.0");
        g.writeArrayFieldStart("runs");
        g.writeStartObject();
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", "gnbv");
        g.writeStringField("version", r.version());
        g.writeArrayFieldStart("rules");
        for (String id : ids) descriptor(g, r.rules().get(id), m, r.docs());
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        g.writeArrayFieldStart("results");
        for (Iterator<Finding> it = r.findings(); it.hasNext(); ) result(g, it.next(), null, ids, m);
        for (Waived w : r.waived()) result(g, w.finding(), w.waiver(), ids, m);
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        Json.close(g, out);
    }

    private static void descriptor(JsonGenerator g, RuleMeta rule, Messages m, URI docs) throws IOException {
        String title = SummaryText.ruleTitle(rule.id(), rule.title(), m);
        g.writeStartObject();
        g.writeStringField("id", rule.id());
        g.writeStringField("name", rule.id());
        g.writeObjectFieldStart("shortDescription");
        g.writeStringField("text", title);
        g.writeEndObject();
        g.writeObjectFieldStart("fullDescription");
        g.writeStringField("text", title + " (" + rule.legalBasis() + ")");
        g.writeEndObject();
        if (docs != null) g.writeStringField("helpUri", docs.resolve(rule.id() + ".md").toString());
        g.writeObjectFieldStart("help");
        g.writeStringField("text", rule.legalBasis());
        g.writeStringField("markdown", "**" + m.text("report.basis") + ":** " + rule.legalBasis());
        g.writeEndObject();
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", level(rule.severity()));
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("legalBasis", rule.legalBasis());
        g.writeStringField("ruleFile", rule.file());
        g.writeArrayFieldStart("tags");
        g.writeString(rule.id().substring(0, 2));
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void result(JsonGenerator g, Finding f, Waiver w, List<String> ids, Messages m) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.rule());
        if (ids.contains(f.rule())) g.writeNumberField("ruleIndex", ids.indexOf(f.rule()));
        g.writeStringField("level", level(f.severity()));
        g.writeObjectFieldStart("message");
        g.writeStringField("text", m.message(f));
        g.writeEndObject();
        if (f.source() != null) {
            boolean sheet = Location.isSheet(f.source().file());
            g.writeArrayFieldStart("locations");
            g.writeStartObject();
            g.writeObjectFieldStart("physicalLocation");
            g.writeObjectFieldStart("artifactLocation");
            g.writeStringField("uri", uri(f.source().table()));
            g.writeEndObject();
            if (!sheet && f.source().line() > 0) {
                g.writeObjectFieldStart("region");
                g.writeNumberField("startLine", f.source().line());
                if (f.source().column() > 0) g.writeNumberField("startColumn", f.source().column());
                g.writeEndObject();
            }
            g.writeEndObject();
            if (sheet) {
                // a workbook is not text, so no line region: the sheet's cell ("Thôn 1!B8") names the place
                String cell = f.source().toString();
                g.writeArrayFieldStart("logicalLocations");
                g.writeStartObject();
                g.writeStringField("fullyQualifiedName", cell.substring(cell.indexOf('!') + 1).replaceFirst(":(?=[A-Z]*[0-9]+$)", "!"));
                g.writeStringField("kind", "element");
                g.writeEndObject();
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField("gnbvSubject/v1", f.rule() + ":" + f.subject());
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("subject", f.subject());
        if (f.name() != null) g.writeStringField("name", f.name());
        if (f.unit() != null) g.writeStringField("unit", f.unit());
        if (f.district() != null) g.writeStringField("district", f.district());
        if (f.amount() != null) g.writeNumberField("amountVnd", f.amount());
        g.writeStringField("legalBasis", f.legalBasis());
        Json.field(g, "values", f.values());
        g.writeEndObject();
        if (w != null) {
            g.writeArrayFieldStart("suppressions");
            g.writeStartObject();
            g.writeStringField("kind", "external");
            g.writeStringField("status", "accepted");
            g.writeStringField("justification", w.decision() + ": " + w.justification() + " (" + m.text("waivers.until")
                    + " " + m.date(w.expires()) + ")");
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    static String level(String severity) {
        return switch (severity) {
            case "error" -> "error";
            case "warning" -> "warning";
            default -> "note";
        };
    }

    /** A relative path as a URI reference (spaces and non-ASCII letters escaped). */
    static String uri(String path) {
        try {
            return new URI(null, null, path.replace('\\', '/'), null).toASCIIString();
        } catch (URISyntaxException e) {
            return path;
        }
    }
}
