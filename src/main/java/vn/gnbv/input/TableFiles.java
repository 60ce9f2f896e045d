package vn.gnbv.input;

import java.util.Locale;

/** Which files are tables gnbv reads, by their names: workbooks (.xlsx, .xlsm, .xls, .ods) and CSV. */
public final class TableFiles {
    private static final String[] WORKBOOKS = {".xlsx", ".xlsm", ".xls", ".ods"};
    /** Tables of delimited text: CSV, and sheets Excel saved as text (read when a header is found in them). */
    private static final String[] DELIMITED = {".csv", ".txt", ".tsv"};
    /** Spreadsheets in formats gnbv does not read, by their names' endings, and what each is. */
    private static final java.util.Map<String, String> UNREAD = java.util.Map.of(
            ".fods", "OpenDocument (.fods, flat XML)",
            ".xlsb", "Excel Binary (.xlsb)", ".et", "WPS Spreadsheets (.et)", ".numbers", "Apple Numbers (.numbers)");

    private TableFiles() {}

    /** Whether a file's name is a workbook's (one with sheets: "book.xlsx!Sheet"). */
    public static boolean isWorkbook(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (String w : WORKBOOKS) if (n.endsWith(w)) return true;
        return false;
    }

    /** Whether a file's name is a table of delimited text's (.csv, .txt, .tsv). */
    public static boolean isDelimited(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (String d : DELIMITED) if (n.endsWith(d)) return true;
        return false;
    }

    /** What a spreadsheet gnbv does not read is ("Excel Binary (.xlsb)"), or null for any other file. */
    public static String unread(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        return dot < 0 ? null : UNREAD.get(n.substring(dot));
    }

    /** Whether a file's name is a table's: a workbook or a CSV file. */
    public static boolean isTable(String name) {
        return isWorkbook(name) || name.toLowerCase(Locale.ROOT).endsWith(".csv");
    }
}
