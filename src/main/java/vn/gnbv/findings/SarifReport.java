package vn.gnbv.findings;

import vn.gnbv.engine.RuleMeta;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings as SARIF 2.1.0 for CI code scanning: one reportingDescriptor per rule (legal basis as
 * help), one result per finding located at the facts file and line.
 */
public final class SarifReport {
    private SarifReport() {}

    public static void write(Writer out, List<Finding> findings, Map<String, RuleMeta> rules, Messages m,
                             String version) throws IOException {
        write(out, findings, List.of(), rules, m, version);
    }

    /** Waived findings are results too, with an external suppression citing the decision. */
    public static void write(Writer out, List<Finding> findings, List<vn.gnbv.waivers.WaiverResult.Waived> waived,
                             Map<String, RuleMeta> rules, Messages m, String version) throws IOException {
        List<String> ids = new ArrayList<>(rules.keySet());
        List<Map<String, Object>> descriptors = new ArrayList<>();
        for (String id : ids) {
            RuleMeta r = rules.get(id);
            String name = r.name().substring(r.id().length()).trim();
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("id", id);
            d.put("name", id);
            d.put("shortDescription", Values.of("text", name));
            d.put("fullDescription", Values.of("text", name + " (" + r.legalBasis() + ")"));
            d.put("help", Values.of("text", r.legalBasis(), "markdown", "**Căn cứ / legal basis:** " + r.legalBasis()));
            d.put("defaultConfiguration", Values.of("level", level(r.severity())));
            d.put("properties", Values.of("legalBasis", r.legalBasis(), "ruleFile", r.file(), "tags", List.of(id.substring(0, 2))));
            descriptors.add(d);
        }
        List<Map<String, Object>> results = new ArrayList<>();
        List<Finding> all = new ArrayList<>(findings);
        Map<Finding, vn.gnbv.waivers.Waiver> waivers = new java.util.IdentityHashMap<>();
        for (var w : waived) {
            all.add(w.finding());
            waivers.put(w.finding(), w.waiver());
        }
        for (Finding f : all) {
            Map<String, Object> res = new LinkedHashMap<>();
            res.put("ruleId", f.rule());
            if (ids.contains(f.rule())) res.put("ruleIndex", ids.indexOf(f.rule()));
            res.put("level", level(f.severity()));
            res.put("message", Values.of("text", m.message(f)));
            if (f.source() != null) {
                Map<String, Object> phys = new LinkedHashMap<>();
                phys.put("artifactLocation", Values.of("uri", uri(f.source().file())));
                if (f.source().line() > 0) phys.put("region", Values.of("startLine", f.source().line()));
                res.put("locations", List.of(Values.of("physicalLocation", phys)));
            }
            res.put("partialFingerprints", Values.of("gnbvSubject/v1", f.rule() + ":" + f.subject()));
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("subject", f.subject());
            if (f.unit() != null) props.put("unit", f.unit());
            if (f.district() != null) props.put("district", f.district());
            if (f.amount() != null) props.put("amountVnd", f.amount());
            props.put("legalBasis", f.legalBasis());
            props.put("values", f.values());
            res.put("properties", props);
            vn.gnbv.waivers.Waiver w = waivers.get(f);
            if (w != null) {
                res.put("suppressions", List.of(Values.of("kind", "external", "status", "accepted",
                        "justification", w.decision() + ": " + w.justification() + " (until " + w.expires() + ")")));
            }
            results.add(res);
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "gnbv");
        driver.put("version", version);
        driver.put("rules", descriptors);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Values.of("driver", driver));
        run.put("results", results);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        doc.put("version", "2.1.0");
        doc.put("runs", List.of(run));
        JsonReport.JSON.writeValue(out, doc);
        out.write("\n");
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
