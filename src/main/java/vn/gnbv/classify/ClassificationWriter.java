package vn.gnbv.classify;

import vn.gnbv.findings.Tables;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** `classify` output as JSON (an array of rows) or CSV (lists joined with ';'). */
public final class ClassificationWriter {
    private static final List<String> COLUMNS = List.of("household", "commune", "district", "status",
            "deprivations", "unknownIndicators", "incomePerCapita", "incomeLine", "area", "standard", "reason", "incomeGap",
            "deprivationsToNextClass");

    private ClassificationWriter() {}

    public static void json(Writer out, List<ClassificationRow> rows) throws IOException {
        Tables.json(out, rows.stream().map(ClassificationWriter::map).toList());
    }

    public static void csv(Writer out, List<ClassificationRow> rows) throws IOException {
        Tables.csv(out, COLUMNS, rows.stream().map(r -> {
            Map<String, Object> m = map(r);
            m.put("deprivations", String.join(";", r.deprivations()));
            m.put("unknownIndicators", String.join(";", r.unknownIndicators()));
            return m;
        }).toList());
    }

    private static Map<String, Object> map(ClassificationRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("household", r.household());
        m.put("commune", r.commune());
        m.put("district", r.district());
        m.put("status", r.status());
        m.put("deprivations", r.deprivations());
        m.put("unknownIndicators", r.unknownIndicators());
        m.put("incomePerCapita", r.incomePerCapita());
        m.put("incomeLine", r.incomeLine());
        m.put("area", r.area());
        m.put("standard", r.standard());
        m.put("reason", r.reason());
        m.put("incomeGap", r.incomeGap());
        m.put("deprivationsToNextClass", r.deprivationsToNextClass());
        return m;
    }
}
