package vn.gnbv.facts;

import vn.gnbv.input.Cell;
import vn.gnbv.input.CellText;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The rows a printed form has that are no household's: a row of column numbers under the header,
 * and a row of totals at the end. Read past, as the title above the header is.
 */
final class FormRows {
    private static final Pattern COLUMN_NUMBER = Pattern.compile("\\(?(\\d+)\\)?");
    /**
     * A totals row's words, without marks: "Tổng cộng", "Cộng", "Tổng số", "Tổng", "Total", alone or with
     * a colon, or before the unit it adds up ("Cộng xã Trà Mai", "Tổng cộng thôn 2"); never a name ("Công ty …").
     */
    private static final Pattern TOTALS = Pattern.compile(
            "(tong cong|tong so|tong|cong|total)( ?: ?| (toan )?(xa|huyen|thon|ban|to|phuong|thi tran|tinh)( .*)?)?");

    private FormRows() {}

    /**
     * A form's row of totals ("Tổng cộng", "Cộng", "Tổng số" in a cell, as sheets made for printing
     * end): no household code and no member code (idAt, memberAt: their columns, -1 for none).
     * Without this it read as a continuation of the household above.
     */
    static boolean totals(List<Cell> cells, int idAt, int memberAt) {
        boolean word = false;
        for (Cell c : cells) {
            boolean total = c.kind() == Cell.Kind.TEXT && TOTALS.matcher(CellText.fold(c.text())).matches();
            // "Tổng cộng" in the household code's column (a form without STT) is no household's code
            if (c.column() == memberAt || c.column() == idAt && !total) return false;
            if (total) word = true;
        }
        return word;
    }

    /** A row of column numbers under the header: "1", "2", "3"… or "(1)", "(2)", … from its first column. */
    static boolean columnNumbers(List<Cell> cells) {
        if (cells.size() < 3) return false;
        for (int i = 0; i < cells.size(); i++) {
            var m = COLUMN_NUMBER.matcher(cells.get(i).text().strip());
            if (!m.matches() || Integer.parseInt(m.group(1)) != i + 1) return false;
        }
        return true;
    }
}
