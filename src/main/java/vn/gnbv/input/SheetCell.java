package vn.gnbv.input;

/**
 * A cell as the sheet's XML holds it, before it is made a {@link Cell} on the thread that handles
 * the rows (so the parsing thread only parses): a shared text by its index, or a stored number with
 * its style (a day, a percentage or a number, decided by {@link NumberFormats}).
 */
record SheetCell(int column, int shared, int style, String stored) {
    static SheetCell shared(int column, int index) {
        return new SheetCell(column, index, 0, null);
    }

    static SheetCell number(int column, int style, String stored) {
        return new SheetCell(column, -1, style, stored);
    }

    /** The cell, or null for a shared text that is blank (not a cell). */
    Cell make(String[] strings, NumberFormats numbers) {
        if (shared < 0) return numbers.cell(column, style, stored);
        if (shared >= strings.length) throw new IllegalArgumentException("shared string " + shared + " of " + strings.length);
        String text = strings[shared]; // null: a blank text (SharedTexts)
        return text == null ? null : new Cell(column, Cell.Kind.TEXT, text);
    }
}
