package vn.gnbv.input;

/**
 * One cell of a table as written: its column (A = 1), what it holds, and its text. A workbook
 * stores numbers, dates and truth values as such; a CSV file only text. NUMBER: text is the number
 * in plain notation ("1001", not "1001.0"); DATE: text is the day as YYYY-MM-DD; ERROR: an Excel
 * error value such as "#N/A"; UNCOMPUTED: a formula whose result the file does not hold (a program
 * that writes formulas without computing them), text is the formula. Blank cells are not cells: a
 * row lists only the cells with content.
 */
public record Cell(int column, Kind kind, String text) {
    public enum Kind { TEXT, NUMBER, DATE, ERROR, UNCOMPUTED }
}
