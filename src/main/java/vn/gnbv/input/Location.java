package vn.gnbv.input;

/**
 * Where a value stands in an input file: 1-based line and column (0 when only the file is known).
 * In a workbook, file is the sheet ("book.xlsx!Sheet"), line the row and column the column number
 * (A = 1), shown as "book.xlsx!Sheet:C12"; in a CSV file, line is the line and column the field's
 * number (first = 1), shown as "list.csv:12:3" like any text file.
 */
public record Location(String file, int line, int column) implements Comparable<Location> {

    public static Location ofFile(String file) {
        return new Location(file, 0, 0);
    }

    /** Line and column in one long, to keep many places without an object each. */
    public static long pack(int line, int column) {
        return ((long) line << 32) | (column & 0xffffffffL);
    }

    public static Location unpack(String file, long packed) {
        return new Location(file, (int) (packed >>> 32), (int) packed);
    }

    /** Whether the file names a sheet of a workbook ("book.xlsx!Sheet", "book.ods!Sheet"). */
    public static boolean isSheet(String file) {
        int bang = file.indexOf('!');
        return bang > 0 && TableFiles.isWorkbook(file.substring(0, bang));
    }

    /** The file itself: a workbook's, without the sheet ("book.xlsx!Sheet" → "book.xlsx"). */
    public String table() {
        return isSheet(file) ? file.substring(0, file.indexOf('!')) : file;
    }

    /** Whether the place is in a table (a workbook's sheet, a CSV or text table), where a record is a row. */
    public boolean inTable() {
        return isSheet(file) || TableFiles.isDelimited(file);
    }

    /** The letters of a column number as a spreadsheet shows them: 1 → A, 27 → AA. */
    public static String columnLetters(int column) {
        StringBuilder s = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) s.append((char) ('A' + (c - 1) % 26));
        return s.reverse().toString();
    }

    @Override
    public int compareTo(Location o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        if (line <= 0) return file;
        if (isSheet(file)) return file + ":" + (column > 0 ? columnLetters(column) : "") + line;
        return file + ":" + line + ":" + column;
    }
}
