package vn.gnbv.output;

import com.fasterxml.jackson.core.JsonGenerator;
import vn.gnbv.policy.Impact;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** `gnbv sweep` output: a row per value (CSV, with a byte-order mark) or the whole impact per value (JSON). */
public final class SweepWriter {
    public static final List<String> FORMATS = List.of("csv", "json");

    private SweepWriter() {}

    public static void csv(OutputStream out, String param, List<BigDecimal> values, List<Impact> impacts) throws IOException {
        List<String> cols = new ArrayList<>(List.of(param));
        Impact.STATUSES.forEach(s -> cols.add("households-" + s));
        cols.addAll(List.of("entitledPeople", "yearlyStateCost", "moneyAtStake", "errors", "warnings"));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Impact x = impacts.get(i);
            Map<String, Object> r = new LinkedHashMap<>();
            r.put(param, values.get(i).toPlainString());
            Impact.STATUSES.forEach(st -> r.put("households-" + st, x.households(st)));
            r.put("entitledPeople", x.entitledPeople());
            r.put("yearlyStateCost", x.yearlyStateCost());
            r.put("moneyAtStake", x.moneyAtStake());
            r.put("errors", x.findingsBySeverity().get("error"));
            r.put("warnings", x.findingsBySeverity().get("warning"));
            rows.add(r);
        }
        Table.csv(out, cols, rows.iterator());
    }

    public static void json(OutputStream out, String param, List<BigDecimal> values, List<Impact> impacts, boolean pretty)
            throws IOException {
        JsonGenerator g = Json.open(out, pretty);
        g.writeStartObject();
        g.writeStringField("parameter", param);
        g.writeArrayFieldStart("steps");
        for (int i = 0; i < values.size(); i++) {
            g.writeStartObject();
            g.writeNumberField("value", values.get(i));
            DiffWriter.impact(g, "impact", impacts.get(i));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        Json.close(g, out);
    }
}
