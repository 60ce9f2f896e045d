package vn.gnbv.output;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static vn.gnbv.output.XlsxBook.Column;

/**
 * Derived tables (classify, entitlements, a diff's impact) as sheets of a workbook, written as the
 * rows come: headers from the catalogue ({@code column.<name>}), numbers as numbers, booleans as
 * booleans, statuses, groups and indicators in the reader's words, lists joined with "; ".
 */
public final class TableWorkbook {
    /** Columns whose values are codes a reader knows by their words (poor → hộ nghèo). */
    private static final Set<String> WORDS = Set.of("recordedStatus", "status", "area", "reason", "group", "cardGroup",
            "before", "after", "beforeGroup", "afterGroup", "deprivations", "unknownIndicators");
    private static final Set<String> WIDE = Set.of("deprivations", "unknownIndicators", "standard", "basis", "group",
            "cardGroup", "beforeGroup", "afterGroup");

    private final Messages m;
    private final XlsxBook book;

    public TableWorkbook(Messages m, LocalDate asOf) {
        this.m = m;
        this.book = new XlsxBook(m, asOf);
    }

    /** One table as a sheet named by the catalogue key {@code xlsx.sheet.<sheet>}. */
    public static void write(OutputStream out, Messages m, LocalDate asOf, String sheet, List<String> columns,
                             Iterator<Map<String, Object>> rows) throws IOException {
        TableWorkbook wb = new TableWorkbook(m, asOf);
        wb.sheet(sheet, columns, rows);
        wb.write(out);
    }

    public TableWorkbook sheet(String sheet, List<String> columns, Iterator<Map<String, Object>> rows) {
        try {
            List<Column> cols = new ArrayList<>();
            for (String c : columns) cols.add(new Column(m.text("column." + c), width(c), WIDE.contains(c)));
            XlsxBook.Sheet sh = book.sheet(m.text("xlsx.sheet." + sheet), cols);
            while (rows.hasNext()) {
                Map<String, Object> r = rows.next();
                Object[] cells = new Object[columns.size()];
                for (int i = 0; i < cells.length; i++) cells[i] = cell(columns.get(i), r.get(columns.get(i)));
                sh.row(cells);
            }
            sh.finish();
            return this;
        } catch (RuntimeException | Error e) {
            discard();
            throw e;
        }
    }

    public void write(OutputStream out) throws IOException {
        book.write(out);
    }

    private void discard() {
        try {
            book.discard();
        } catch (IOException ignored) {
            // the first failure is the one to report
        }
    }

    private Object cell(String column, Object v) {
        if (v == null || v instanceof Number || v instanceof Boolean || v instanceof LocalDate) return v;
        if (WORDS.contains(column)) return m.value(v);
        if (v instanceof List<?> l) return String.join("; ", l.stream().map(String::valueOf).toList());
        return v.toString();
    }

    private static int width(String column) {
        if (WIDE.contains(column)) return 36;
        String lower = column.toLowerCase();
        if (lower.contains("income") || lower.contains("premium") || lower.contains("share") || lower.contains("cost")) return 20;
        return 16;
    }
}
