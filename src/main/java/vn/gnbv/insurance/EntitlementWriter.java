package vn.gnbv.insurance;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import vn.gnbv.findings.JsonReport;

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
        JsonReport.JSON.writeValue(out, rows.stream().map(EntitlementWriter::map).toList());
        out.write("\n");
    }

    public static void csv(Writer out, List<Entitlement> rows) throws IOException {
        CsvSchema.Builder b = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(b::addColumn);
        new CsvMapper().writer(b.build()).writeValues(out).writeAll(rows.stream().map(EntitlementWriter::map).toList()).close();
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
