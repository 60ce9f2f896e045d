package vn.gnbv.facts;

import vn.gnbv.input.Bound;
import vn.gnbv.input.Cell;
import vn.gnbv.input.CellText;
import vn.gnbv.input.Errors;
import vn.gnbv.input.InputError;
import vn.gnbv.input.Location;
import vn.gnbv.input.TableHandler;
import vn.gnbv.input.TokenList;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rows of a roster sheet, one per member, gathered into households as they stream: a row
 * whose household code differs from the row above starts a household; a row without one continues
 * it (cells merged over a household's rows keep the value in the first row only). Each household
 * becomes tokens — an object with its members — located cell by cell, bound by the households'
 * own shape, and handed to the reader with its errors worded for the sheet (the column as written,
 * the cell as typed: {@link CellErrors}). Rows above the header (a title) are read past, and so are
 * a row of column numbers ("(1)", "(2)", …) right below it and a form's row of totals. A table
 * ending on Excel's last row with no roster sheet after it was cut there: an error.
 */
final class RosterRows implements TableHandler {
    /**
     * Excel's last row ("Excel specifications and limits": 1,048,576 rows by 16,384 columns). A table
     * whose last row is this one was most likely cut there: Excel keeps no more of a larger CSV it
     * opens, and saving then loses the rest without a word.
     */
    static final int EXCEL_LAST_ROW = 1_048_576;
    /** The old format's last row (.xls, Excel 97-2003: 65,536 rows by 256 columns), where Excel 2003 cut a CSV. */
    static final int XLS_LAST_ROW = 65_536;
    /** The last row of the file's format, and the error a table ending there is. */
    private int formatLastRow = EXCEL_LAST_ROW;
    private String cutCode = "table.cut-at-excel-limit";
    /** How many rows may stand above the header (a form's title lines). */
    static final int HEADER_SEARCH = 20;
    private final RosterColumns known;
    private final FactsVisitor visitor;
    private final List<InputError> problems = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private String where, current;
    private RosterHeader header;
    private TokenList tokens;
    private RosterColumn idColumn, memberIdColumn;
    private boolean broken, belowHeader, anyHeader, reported, hidden;
    private int rowsAbove, lastRow;
    /** The first text above the header in an old encoding (TCVN3, VNI), and its row: why no header was found. */
    private Cell legacySample;
    private int legacySampleRow;
    /** A header row read and not yet taken (0: none), and its cells: the next row may be its second row. */
    private int headerAt;
    private List<Cell> headerCells;
    /** The last row of the sheet read last, when it is Excel's last row and no roster sheet came after it. */
    private Location cutAt;
    /** By column number: what each text read in a column of words or yes/no became (such columns hold few texts). */
    private Map<String, Object>[] seen;
    private static final int SEEN_LIMIT = 1 << 16;

    private record Row(int number, Cell[] cells) {
        Cell at(int column) {
            return column > 0 && column < cells.length ? cells[column] : null;
        }
    }

    RosterRows(RosterColumns known, FactsVisitor visitor) {
        this.known = known;
        this.visitor = visitor;
        for (RosterColumn c : known.household()) if (c.key().equals("id")) idColumn = c;
        for (RosterColumn c : known.member()) if (c.key().equals("id")) memberIdColumn = c;
    }

    @Override
    public boolean start(String sheet, String where) {
        return start(sheet, where, false);
    }

    /**
     * A hidden sheet is read as a roster when it has a roster's header; without one (the lists behind
     * a form's drop-downs) it holds no household and is read past without an error, which a sheet
     * the officer sees would get.
     */
    @Override
    public boolean start(String sheet, String where, boolean hidden) {
        if (sheet != null && known.isExplanationSheet(sheet)) return false;
        this.hidden = hidden;
        this.where = where;
        header = null;
        legacySample = null;
        headerAt = 0;
        headerCells = null;
        broken = belowHeader = false;
        rowsAbove = lastRow = 0;
        current = null;
        return true;
    }

    @Override
    public void row(int number, List<Cell> cells) {
        lastRow = number;
        if (broken) return;
        if (headerAt > 0) { // the row under a header: its second row, or the first below it
            List<Cell> top = headerCells;
            int at = headerAt;
            headerAt = 0;
            headerCells = null;
            List<Cell> both = RosterHeader.twoRows(top, cells, known);
            readHeader(at, both != null ? both : top);
            if (both != null || broken) return;
        }
        if (header == null) {
            findHeader(number, cells);
            return;
        }
        if (belowHeader) {
            belowHeader = false;
            if (FormRows.columnNumbers(cells)) return;
        }
        if (FormRows.totals(cells, header.number(idColumn), header.member.isEmpty() ? -1 : header.number(memberIdColumn))) return;
        Cell[] byColumn = new Cell[header.width() + 1];
        boolean any = false;
        for (Cell c : cells) {
            int col = c.column();
            boolean value = c.kind() != Cell.Kind.ERROR && c.kind() != Cell.Kind.UNCOMPUTED;
            if (col <= header.width() && header.columns[col] != null && value) {
                byColumn[col] = c;
                any = true;
            } else if (header.writtenAt(col).isEmpty()) {
                String shown = c.kind() == Cell.Kind.UNCOMPUTED ? "=" + c.text() : c.text();
                problems.add(InputError.of(new Location(where, number, col), "cell.no-header", "value", shown));
            } else if (c.kind() == Cell.Kind.ERROR && header.columns[col] != null) {
                problems.add(InputError.of(new Location(where, number, col), "cell.excel-error", "column", header.writtenAt(col), "value", c.text()));
            } else if (c.kind() == Cell.Kind.UNCOMPUTED && header.columns[col] != null) {
                problems.add(InputError.of(new Location(where, number, col), "cell.formula-not-computed",
                        "column", header.writtenAt(col), "formula", c.text().isEmpty() ? "" : "=" + c.text()));
            }
        }
        if (!any) return;
        Row row = new Row(number, byColumn);
        Cell id = row.at(header.number(idColumn));
        if (id == null) {
            if (current == null) {
                problems.add(InputError.of(new Location(where, number, header.number(idColumn)), "row.no-household",
                        "column", header.writtenAt(header.number(idColumn))));
                return;
            }
        } else if (!id.text().strip().equals(current)) {
            flush();
            current = id.text().strip();
        }
        rows.add(row);
    }

    @Override
    public void end() {
        if (headerAt > 0 && !broken) { // a header and nothing under it
            readHeader(headerAt, headerCells);
            headerAt = 0;
            headerCells = null;
        }
        flush();
        if (header == null && !broken && rowsAbove > 0) noHeader();
        if (header != null && lastRow == formatLastRow) cutAt = new Location(where, lastRow, 1);
        deliver(null);
    }

    /** The file is an old-format workbook (.xls): its sheets end at row 65,536. */
    void oldFormat() {
        formatLastRow = XLS_LAST_ROW;
        cutCode = "table.cut-at-xls-limit";
    }

    /**
     * After the whole file: a file without any roster is an error, not an empty roster; so is one
     * whose last roster sheet fills Excel's last row (households after it were probably lost) — unless
     * another roster sheet follows it, as when software continues a long roster on the next sheet.
     */
    void finish(String file) {
        if (!anyHeader && !reported && problems.isEmpty()) {
            problems.add(InputError.of(Location.ofFile(file), "table.no-roster"));
        }
        if (cutAt != null) problems.add(InputError.of(cutAt, cutCode));
        deliver(null);
    }

    /** The file could not be read (on): the error, with whatever the rows read so far found. */
    void fail(InputError e) {
        problems.add(e);
        broken = true;
        deliver(null);
    }

    /** The header's row is kept until the next row says whether the header has a second row (a form's groups of columns). */
    private void findHeader(int number, List<Cell> cells) {
        if (legacySample == null) {
            for (Cell c : cells) {
                if (legacySample == null && c.kind() == Cell.Kind.TEXT && CellText.legacyVietnamese(c.text())) {
                    legacySample = c;
                    legacySampleRow = number;
                }
            }
        }
        if (RosterHeader.looksLikeHeader(cells, known)) {
            headerAt = number;
            headerCells = List.copyOf(cells);
        } else if (++rowsAbove > HEADER_SEARCH) {
            noHeader();
            broken = true;
        }
    }

    private void readHeader(int number, List<Cell> cells) {
        header = RosterHeader.read(number, cells, where, known, problems);
        if (header == null) {
            broken = true;
            return;
        }
        anyHeader = true;
        belowHeader = true;
        cutAt = null; // a roster sheet after the full one: the roster goes on there
        tokens = new TokenList(where);
        @SuppressWarnings("unchecked") Map<String, Object>[] m = new Map[header.width() + 1];
        seen = m;
    }

    /** The sheet has no roster's header: an error, unless the sheet is hidden (see {@link #start(String, String, boolean)}). */
    private void noHeader() {
        if (hidden) return;
        if (legacySample != null) { // a sheet written in TCVN3 or VNI: its header is there, in another encoding
            problems.add(InputError.of(new Location(where, legacySampleRow, legacySample.column()), "header.legacy-encoding",
                    "text", legacySample.text().strip()));
            return;
        }
        problems.add(InputError.of(Location.ofFile(where), "header.not-found", "columns",
                idColumn.title() + ", " + known.household().get(1).title()));
    }

    /** The household of the rows gathered: tokens, bound, handed on. */
    private void flush() {
        if (rows.isEmpty()) return;
        Row first = rows.get(0), last = rows.get(rows.size() - 1);
        int idAt = header.number(idColumn);
        TokenList t = tokens.clear();
        t.startObject(first.number(), idAt);
        fields(t, header.householdGroups, first);
        sameHousehold(first);
        if (!header.member.isEmpty()) {
            int memberAt = header.number(memberIdColumn);
            t.field("members", first.number(), memberAt).startArray(first.number(), memberAt);
            for (Row r : rows) {
                if (!hasAny(r, header.memberAt)) continue;
                t.startObject(r.number(), memberAt);
                fields(t, header.memberGroups, r);
                t.endObject(r.number(), memberAt);
            }
            t.endArray(last.number(), memberAt);
        }
        t.endObject(first.number(), idAt);
        t.next();
        Errors found = new Errors();
        Bound b;
        try {
            b = Sections.HOUSEHOLDS.shape().read(t, "households[]", found);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e); // tokens in memory cannot fail to read
        }
        for (InputError e : found.list()) worded(e);
        deliver(b);
        rows.clear();
    }

    private void deliver(Bound b) {
        if (b == null && problems.isEmpty()) return;
        reported |= !problems.isEmpty();
        visitor.item(Sections.HOUSEHOLDS, b, List.copyOf(problems));
        problems.clear();
    }

    /** The fields of a household or a member from one row: plain fields, then each nested object with a cell. */
    private void fields(TokenList t, List<RosterHeader.Group> groups, Row r) {
        for (RosterHeader.Group g : groups) {
            if (g.name() == null) {
                for (int i = 0; i < g.at().length; i++) field(t, g.columns()[i], g.at()[i], r);
                continue;
            }
            int at = 0;
            for (int col : g.at()) if (at == 0 && r.at(col) != null) at = col;
            if (at == 0) continue;
            t.field(g.name(), r.number(), at).startObject(r.number(), at);
            for (int i = 0; i < g.at().length; i++) field(t, g.columns()[i], g.at()[i], r);
            t.endObject(r.number(), at);
        }
    }

    @SuppressWarnings("unchecked")
    private void field(TokenList t, RosterColumn c, int col, Row r) {
        Cell cell = r.at(col);
        if (cell == null) {
            // a required value left blank: a null at its cell, which the shape reports there
            if (c.required()) t.field(c.field(), r.number(), col).scalar(null, null, r.number(), col);
            return;
        }
        t.field(c.field(), r.number(), col);
        Object read = read(c, col, cell);
        if (c.list()) {
            t.startArray(r.number(), col);
            for (RosterCells.Value v : (List<RosterCells.Value>) read) t.scalar(v.value(), v.text(), r.number(), col);
            t.endArray(r.number(), col);
        } else {
            RosterCells.Value v = (RosterCells.Value) read;
            t.scalar(v.value(), v.text(), r.number(), col);
        }
    }

    /** A cell as its column reads it: a value, or a list of values; words and yes/no remembered by their text. */
    private Object read(RosterColumn c, int col, Cell cell) {
        boolean words = c.list() || c.type().equals("word") || c.type().equals("boolean");
        if (!words) return RosterCells.scalar(c, cell, known);
        Map<String, Object> m = seen[col];
        if (m == null) m = seen[col] = new java.util.HashMap<>();
        Object v = m.get(cell.text());
        if (v == null) {
            v = c.list() ? List.copyOf(RosterCells.items(c, cell, known)) : RosterCells.scalar(c, cell, known);
            if (m.size() < SEEN_LIMIT) m.put(cell.text(), v);
        }
        return v;
    }

    private static boolean hasAny(Row r, int[] columns) {
        for (int col : columns) if (r.at(col) != null) return true;
        return false;
    }

    /** A household's cells on its later rows are blank or say what its first row says. */
    private void sameHousehold(Row first) {
        for (int i = 1; i < rows.size(); i++) {
            Row r = rows.get(i);
            for (int k = 0; k < header.householdAt.length; k++) {
                int col = header.householdAt[k];
                RosterColumn c = header.household.get(k);
                Cell x = r.at(col), f = first.at(col);
                if (x == null || f != null && same(c, col, x, f)) continue;
                problems.add(InputError.of(new Location(where, r.number(), col), "cell.household-differs",
                        "column", header.writtenAt(col), "value", x.text().strip(), "first", f == null ? "" : f.text().strip(),
                        "firstAt", new Location(where, first.number(), col)));
            }
        }
    }

    private boolean same(RosterColumn c, int col, Cell a, Cell b) {
        if (a.text().equals(b.text())) return true;
        if (c.list()) return CellText.key(a.text()).equals(CellText.key(b.text()));
        Object x = read(c, col, a), y = read(c, col, b);
        return Objects.equals(((RosterCells.Value) x).value(), ((RosterCells.Value) y).value());
    }

    /** An error of the households' shape, worded for the sheet (one error per cell). */
    private void worded(InputError e) {
        for (InputError p : problems) if (p.location().equals(e.location())) return;
        problems.add(CellErrors.worded(e, header, known, typed(e.location())));
    }

    /** The text of the cell at a place of the household being read. */
    private String typed(Location at) {
        for (Row r : rows) {
            if (r.number() == at.line()) {
                Cell c = r.at(at.column());
                return c == null ? "" : c.text().strip();
            }
        }
        return "";
    }
}
