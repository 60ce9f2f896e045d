package vn.gnbv.input;

import java.util.List;

/**
 * Receives a table row by row as it streams from a workbook ({@link WorkbookReader}) or a CSV file
 * ({@link CsvReader}): never the whole table at once.
 */
public interface TableHandler {
    /**
     * A sheet begins (a CSV file is one sheet, its name null). where: the name its cells are located
     * by ("book.xlsx!Sheet", "list.csv"). Returns false to leave the sheet unread.
     */
    boolean start(String sheet, String where);

    /**
     * As {@link #start(String, String)}, for a workbook's sheet that Excel does not show (hidden or
     * very hidden: lists behind a form's drop-downs, as a rule) when hidden.
     */
    default boolean start(String sheet, String where, boolean hidden) {
        return start(sheet, where);
    }

    /**
     * A row with at least one cell: its number (first = 1) and its cells in column order, blanks left
     * out. The list is the reader's, valid during the call only: keep the cells, not the list.
     */
    void row(int row, List<Cell> cells);

    /** The sheet ended. */
    void end();
}
