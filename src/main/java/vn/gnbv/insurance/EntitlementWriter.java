package vn.gnbv.insurance;

import vn.gnbv.findings.Tables;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** `entitlements` output (DESIGN.md "Derived results"): one row per person, JSON or CSV. */
public final class EntitlementWriter {
    private static final List<String> COLUMNS = List.of("person", "household", "commune", "group", "supportPercent",
            "monthlyPremium", "monthlyStateShare", "yearlyStateShare", "basis");

    private EntitlementWriter() {}

    public static void json(Writer out, List<Entitlement> rows) throws IOException {
        Tables.json(out, rows.stream().map(EntitlementWriter::map).toList());
    }

    public static void csv(Writer out, List<Entitlement> rows) throws IOException {
        Tables.csv(out, COLUMNS, rows.stream().map(EntitlementWriter::map).toList());
    }

    private static Map<String, Object> map(Entitlement e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("person", e.person());
        m.put("household", e.household());
        m.put("commune", e.commune());
        m.put("group", e.group());
        m.put("supportPercent", e.supportPercent());
        m.put("monthlyPremium", e.monthlyPremium());
        m.put("monthlyStateShare", e.monthlyStateShare());
        m.put("yearlyStateShare", e.yearlyStateShare());
        m.put("basis", e.parameters().isEmpty() || e.group().equals("none") ? null : e.parameters().get(0).ref());
        return m;
    }
}
