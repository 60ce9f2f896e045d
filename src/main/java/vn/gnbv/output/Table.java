package vn.gnbv.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Rows of a derived table (classify, entitlements, sweep, diff) written as they come: a JSON array,
 * or CSV with a header and a UTF-8 byte-order mark so that Excel shows Vietnamese as written.
 * Lists in CSV cells are joined with ';'.
 */
public final class Table {
    private static final CsvFactory CSV = new CsvFactory();
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Table() {}

    public static void json(OutputStream out, Iterator<Map<String, Object>> rows, boolean pretty) throws IOException {
        JsonGenerator g = Json.open(out, pretty);
        g.writeStartArray();
        while (rows.hasNext()) Json.value(g, rows.next());
        g.writeEndArray();
        Json.close(g, out);
    }

    public static void csv(OutputStream out, List<String> columns, Iterator<Map<String, Object>> rows) throws IOException {
        out.write(BOM);
        CsvSchema.Builder b = CsvSchema.builder().setUseHeader(true);
        columns.forEach(b::addColumn);
        try (CsvGenerator g = CSV.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setSchema(b.build());
            while (rows.hasNext()) {
                Map<String, Object> r = rows.next();
                g.writeStartObject();
                for (String c : columns) {
                    Object v = r.get(c);
                    g.writeFieldName(c);
                    if (v == null) g.writeNull();
                    else if (v instanceof List<?> l) g.writeString(String.join(";", l.stream().map(String::valueOf).toList()));
                    else if (v instanceof Number n) g.writeNumber(n.toString());
                    else g.writeString(v.toString());
                }
                g.writeEndObject();
            }
            g.flush();
        }
        out.flush();
    }
}
