package vn.gnbv.findings;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/** Rows of derived results (classify, entitlements, sweep) as CSV with a header, or as a JSON array. */
public final class Tables {
    private static final CsvMapper CSV = new CsvMapper();

    private Tables() {}

    public static void csv(Writer out, List<String> columns, List<Map<String, Object>> rows) throws IOException {
        CsvSchema.Builder b = CsvSchema.builder().setUseHeader(true);
        columns.forEach(b::addColumn);
        CSV.writer(b.build()).writeValues(out).writeAll(rows).close();
    }

    public static void json(Writer out, Object rows) throws IOException {
        JsonReport.JSON.writeValue(out, rows);
        out.write("\n");
    }
}
