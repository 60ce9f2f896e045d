package vn.gnbv.facts;

import vn.gnbv.input.Cell;
import vn.gnbv.input.CellText;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A roster cell as the value its column's field takes in facts v1, so the households' shape binds
 * it as it binds YAML: an identifier typed as a number stays its digits ("1001"), a whole number
 * may be grouped ("1.200.000"), a day is a date cell or dd/mm/yyyy, a boolean is "có"/"không"/"x"
 * or TRUE/FALSE, a word is what people write for it ("Nữ"). What cannot be read so is passed on as
 * written, and the shape reports it at its cell with what was expected.
 */
final class RosterCells {
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[;,\\n]\\s*");

    private RosterCells() {}

    /** A value and its text as written, as a token carries them. */
    record Value(Object value, String text) {}

    static Value scalar(RosterColumn c, Cell cell, RosterColumns columns) {
        String text = cell.text().strip();
        return switch (c.type()) {
            case "whole", "decimal" -> number(cell, text, c.type().equals("whole"));
            case "boolean" -> truth(c, text, columns);
            case "date" -> date(cell, text);
            case "word" -> word(c, text, columns);
            default -> new Value(text, text); // id, text: as written, a number in plain notation
        };
    }

    /** The items of a list cell ("Ti vi; Radio"); an empty list for "không". */
    static List<Value> items(RosterColumn c, Cell cell, RosterColumns columns) {
        String text = cell.text().strip();
        List<Value> out = new ArrayList<>();
        if (columns.nothing(text)) return out;
        for (String item : LIST_SEPARATOR.split(text)) if (!item.isBlank()) out.add(word(c, item, columns));
        return out;
    }

    private static Value number(Cell cell, String text, boolean whole) {
        if (cell.kind() == Cell.Kind.DATE) return new Value(text, text);
        if (cell.kind() == Cell.Kind.NUMBER && whole && text.indexOf('.') < 0 && text.indexOf('E') < 0) {
            return new Value(Long.parseLong(text), text); // a workbook's whole number, already plain
        }
        BigDecimal d = CellText.number(text);
        if (d == null) return new Value(text, text);
        if (whole && d.stripTrailingZeros().scale() <= 0) {
            java.math.BigInteger i = d.toBigIntegerExact();
            Object v = i.bitLength() < 64 ? (Object) i.longValue() : i;
            return new Value(v, i.toString());
        }
        return new Value(d, d.toPlainString());
    }

    /**
     * A yes/no cell; a column with words of its own ("Khu vực": nông thôn, thành thị) takes only those:
     * "có" or "x" there says nothing about the area.
     */
    private static Value truth(RosterColumn c, String text, RosterColumns columns) {
        Boolean b;
        if (c.values().isEmpty()) {
            b = columns.truth(text);
        } else {
            String word = columns.word(c, text);
            b = word == null ? null : Boolean.valueOf(word);
        }
        return b != null ? new Value(b, text) : new Value(text, text);
    }

    private static Value date(Cell cell, String text) {
        if (cell.kind() == Cell.Kind.DATE) return new Value(text, text);
        if (cell.kind() == Cell.Kind.NUMBER) return number(cell, text, true); // a serial number not shown as a date
        LocalDate d = CellText.day(text);
        return d != null ? new Value(d.toString(), text) : new Value(text, text);
    }

    private static Value word(RosterColumn c, String text, RosterColumns columns) {
        String w = columns.word(c, text);
        return new Value(w != null ? w : text, text);
    }
}
