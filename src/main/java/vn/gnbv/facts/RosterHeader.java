package vn.gnbv.facts;

import vn.gnbv.input.Cell;
import vn.gnbv.input.InputError;
import vn.gnbv.input.Location;
import vn.gnbv.input.Suggest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The header row of a roster sheet: which of its columns fills which field. Every header must be
 * known (an unknown one is an error with "did you mean"), no field may have two columns, and the
 * columns a roster cannot do without must be there: household and commune codes, the member code
 * when there are member columns, a card's group and level when there are card columns.
 */
final class RosterHeader {
    final int row;
    final String where;
    /** By column number (A = 1): the column's field, null for an ignored or empty header. */
    final RosterColumn[] columns;
    /** By column number: the header as written. */
    final String[] written;
    /** Household columns, then member columns, each in sheet order. */
    final List<RosterColumn> household = new ArrayList<>(), member = new ArrayList<>();
    final Map<String, Integer> numbers = new LinkedHashMap<>();
    /** The household's and the member's columns as the sheet has them, grouped for reading (see {@link Group}). */
    List<Group> householdGroups, memberGroups;
    /** Column numbers of the household's and of the member's columns. */
    int[] householdAt, memberAt;

    /**
     * Columns of one object as the sheet has them: name null for the plain fields of the household or
     * member, else a nested object ("dwelling", "card"); at: each column's number.
     */
    record Group(String name, RosterColumn[] columns, int[] at) {}

    private RosterHeader(int row, String where, int width) {
        this.row = row;
        this.where = where;
        this.columns = new RosterColumn[width + 1];
        this.written = new String[width + 1];
    }

    /** Whether a row looks like the header: two cells or more name known columns. */
    static boolean looksLikeHeader(List<Cell> cells, RosterColumns known) {
        int n = 0;
        for (Cell c : cells) if (c.kind() == Cell.Kind.TEXT && known.find(c.text()) != null && ++n >= 2) return true;
        return false;
    }

    /**
     * A header on two rows, as forms group columns: a label over several columns ("Thẻ BHYT", merged
     * across them: its text in the first) and the columns' own names under it ("Nhóm", "Mức hỗ trợ
     * (%)", "Từ ngày", "Đến ngày"), read as "Thẻ BHYT: Nhóm", …; a name under a label that is no
     * column's part ("Thông tin thành viên" over "Họ tên") is read alone, and a column whose name
     * spans both rows ("Mã hộ", merged downwards) keeps its top row's. The cells of the one header,
     * or null when the second row is not one: it has a cell that is not text, or under a known
     * column's name (a household's row has its code under "Mã hộ"), or a name that is no column,
     * alone or after its label, while no other is one only after its label.
     */
    static List<Cell> twoRows(List<Cell> top, List<Cell> bottom, RosterColumns known) {
        TreeMap<Integer, Cell> above = new TreeMap<>();
        for (Cell c : top) if (c.kind() == Cell.Kind.TEXT) above.put(c.column(), c);
        TreeMap<Integer, Cell> out = new TreeMap<>();
        for (Cell c : top) out.put(c.column(), c);
        boolean grouped = false, unknown = false;
        Set<Integer> labels = new HashSet<>();
        for (Cell c : bottom) {
            if (c.kind() != Cell.Kind.TEXT || c.text().isBlank()) return null;
            var label = above.floorEntry(c.column());
            if (label == null || known.find(label.getValue().text()) != null) return null;
            labels.add(label.getKey());
            String name = c.text().strip(), joined = label.getValue().text().strip() + ": " + name;
            if (known.find(joined) instanceof RosterColumn) {
                out.put(c.column(), new Cell(c.column(), Cell.Kind.TEXT, joined));
                grouped = true;
            } else if (known.find(name) != null) {
                out.put(c.column(), new Cell(c.column(), Cell.Kind.TEXT, name));
            } else {
                out.put(c.column(), new Cell(c.column(), Cell.Kind.TEXT, joined));
                unknown = true;
            }
        }
        if (!grouped && unknown) return null; // names the labels make nothing of: not a header's second row
        // a label whose first column has no name under it (the names start further right) is no column
        for (int at : labels) if (out.get(at) == above.get(at)) out.remove(at);
        return List.copyOf(out.values());
    }

    /** The header of a sheet, its errors added to problems (null when it has any). */
    static RosterHeader read(int row, List<Cell> cells, String where, RosterColumns known, List<InputError> problems) {
        int before = problems.size();
        RosterHeader h = new RosterHeader(row, where, cells.get(cells.size() - 1).column());
        for (Cell c : cells) {
            Location at = new Location(where, row, c.column());
            h.written[c.column()] = c.text().strip();
            Object found = known.find(c.text());
            if (found == null) {
                problems.add(InputError.of(at, "header.unknown", "column", c.text().strip(),
                        "suggestion", Suggest.closest(c.text().strip(), known.knownHeaders())));
            } else if (found instanceof RosterColumns.Refused r) {
                problems.add(InputError.of(at, "header.refused", "column", c.text().strip(), "hintVi", r.vi(), "hintEn", r.en()));
            } else if (found instanceof RosterColumn rc) {
                Integer first = h.numbers.putIfAbsent(rc.path(), c.column());
                if (first != null) {
                    String other = h.written[first];
                    problems.add(other.equals(c.text().strip())
                            ? InputError.of(at, "header.twice", "column", other, "first", new Location(where, row, first))
                            : InputError.of(at, "header.same-field", "column", c.text().strip(), "other", other,
                            "first", new Location(where, row, first)));
                    continue;
                }
                h.columns[c.column()] = rc;
                (rc.member() ? h.member : h.household).add(rc);
            }
        }
        Location rowAt = new Location(where, row, 0);
        for (RosterColumn c : known.household()) if (c.required() && c.group() == null) h.need(c, null, known, problems, rowAt);
        RosterColumn memberId = required(known.member(), null);
        if (!h.member.isEmpty()) h.need(memberId, h.member.get(0), known, problems, rowAt);
        for (RosterColumn c : known.all()) {
            if (c.group() == null || !c.required()) continue;
            RosterColumn sibling = first(c.member() ? h.member : h.household, c.group());
            if (sibling != null) h.need(c, sibling, known, problems, rowAt);
        }
        if (problems.size() != before) return null;
        h.householdGroups = h.groups(h.household);
        h.memberGroups = h.groups(h.member);
        h.householdAt = h.at(h.household);
        h.memberAt = h.at(h.member);
        return h;
    }

    private List<Group> groups(List<RosterColumn> present) {
        Map<String, List<RosterColumn>> byGroup = new LinkedHashMap<>();
        byGroup.put("", new ArrayList<>());
        for (RosterColumn c : present) byGroup.computeIfAbsent(c.group() == null ? "" : c.group(), k -> new ArrayList<>()).add(c);
        List<Group> out = new ArrayList<>();
        byGroup.forEach((name, cs) -> out.add(new Group(name.isEmpty() ? null : name, cs.toArray(RosterColumn[]::new), at(cs))));
        return out;
    }

    private int[] at(List<RosterColumn> cs) {
        int[] out = new int[cs.size()];
        for (int i = 0; i < out.length; i++) out[i] = number(cs.get(i));
        return out;
    }

    /** A required column, or the one that may stand in for it (c.or()), must be there. */
    private void need(RosterColumn c, RosterColumn because, RosterColumns known, List<InputError> problems, Location at) {
        if (numbers.containsKey(c.path())) return;
        RosterColumn or = c.or() == null ? null : known.household().stream().filter(x -> x.key().equals(c.or())).findFirst().orElseThrow();
        if (or != null && numbers.containsKey(or.path())) return;
        if (or != null) problems.add(InputError.of(at, "header.missing-either", "column", c.title(), "or", or.title()));
        else if (because == null) problems.add(InputError.of(at, "header.missing", "column", c.title()));
        else problems.add(InputError.of(at, "header.missing-with", "column", c.title(), "with", written(because)));
    }

    private String written(RosterColumn c) {
        return written[numbers.get(c.path())];
    }

    private static RosterColumn required(List<RosterColumn> cs, String group) {
        for (RosterColumn c : cs) if (c.required() && java.util.Objects.equals(c.group(), group)) return c;
        throw new IllegalStateException("columns.yaml: no required column");
    }

    private static RosterColumn first(List<RosterColumn> present, String group) {
        for (RosterColumn c : present) if (group.equals(c.group())) return c;
        return null;
    }

    int width() {
        return columns.length - 1;
    }

    /** The column number of a field, 0 when the sheet has no such column. */
    int number(RosterColumn c) {
        return numbers.getOrDefault(c.path(), 0);
    }

    /** The header as written over a column number ("" beyond the header). */
    String writtenAt(int column) {
        return column > 0 && column < written.length && written[column] != null ? written[column] : "";
    }
}
