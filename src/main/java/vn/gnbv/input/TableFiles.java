package vn.gnbv.input;

import java.util.Locale;

/** Which files are tables gnbv reads, by their names: workbooks (.xlsx, .xlsm, .xls, .ods) and CSV. */
public final class TableFiles {
    private static final String[] WORKBOOKS = {".xlsx", ".xlsm", ".xls", ".ods"};

    private TableFiles() {}

    /** Whether a file's name is a workbook's (one with sheets: "book.xlsx!Sheet"). */
    public static boolean isWorkbook(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (String w : WORKBOOKS) if (n.endsWith(w)) return true;
        return false;
    }

    /** Whether a file's name is a table's: a workbook or a CSV file. */
    public static boolean isTable(String name) {
        return isWorkbook(name) || name.toLowerCase(Locale.ROOT).endsWith(".csv");
    }
}
