package vn.gnbv.policy;

import vn.gnbv.findings.Tables;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** `gnbv sweep` output: a row per value (CSV) or the whole impact per value (JSON). */
public final class SweepWriter {
    private SweepWriter() {}

    public static void csv(Writer out, String param, List<Sweep.Step> steps) throws IOException {
        List<String> cols = new ArrayList<>(List.of(param));
        Impact.STATUSES.forEach(s -> cols.add("households-" + s));
        cols.addAll(List.of("entitledPeople", "yearlyStateCost", "moneyAtStake", "errors", "warnings"));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Sweep.Step s : steps) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put(param, s.value().toPlainString());
            Map<String, Long> all = s.impact().householdsByStatus().getOrDefault(Impact.ALL, Map.of());
            Impact.STATUSES.forEach(st -> r.put("households-" + st, all.getOrDefault(st, 0L)));
            r.put("entitledPeople", s.impact().entitledPeople());
            r.put("yearlyStateCost", s.impact().yearlyStateCost());
            r.put("moneyAtStake", s.impact().moneyAtStake());
            r.put("errors", s.impact().findingsBySeverity().get("error"));
            r.put("warnings", s.impact().findingsBySeverity().get("warning"));
            rows.add(r);
        }
        Tables.csv(out, cols, rows);
    }

    public static void json(Writer out, String param, List<Sweep.Step> steps) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("parameter", param);
        doc.put("steps", steps.stream().map(s -> {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("value", s.value());
            o.put("impact", s.impact());
            return o;
        }).toList());
        Tables.json(out, doc);
    }
}
