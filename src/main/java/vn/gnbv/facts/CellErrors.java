package vn.gnbv.facts;

import vn.gnbv.input.CellText;
import vn.gnbv.input.InputError;
import vn.gnbv.input.Location;
import vn.gnbv.input.Suggest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An error of the households' shape worded for a roster's sheet: the column as its header says,
 * the cell as typed, and what the cell may mean when people write it so — a yes/no column's own
 * words, a review's result that is not a status, a day that lost its date format.
 */
final class CellErrors {
    private CellErrors() {}

    /** e: the shape's error at a cell; typed: the cell's text as written there. */
    static InputError worded(InputError e, RosterHeader header, RosterColumns known, String typed) {
        Location at = e.location();
        int col = at.column();
        String column = header.writtenAt(col);
        RosterColumn c = col < header.columns.length ? header.columns[col] : null;
        Map<String, Object> args = e.args();
        return switch (e.code()) {
            case "field.missing" -> InputError.of(at, "cell.missing", "column", column);
            // a yes/no column with words of its own ("Khu vực": nông thôn, thành thị) expects those words
            case "value.wrong-type" -> c != null && c.type().equals("boolean") && !c.values().isEmpty()
                    ? notOneOf(at, column, c, typed, known)
                    : c != null && c.type().equals("date") && wholeNumber(typed) ? dateAsNumber(at, column, typed)
                    : InputError.of(at, "cell.wrong-type", "column", column,
                    "expected", cellType(String.valueOf(args.get("expected"))), "value", typed);
            // "12/31/1980": a column of days written month first, whose other days read swapped
            case "value.bad-date" -> badDate(at, column, String.valueOf(args.get("value")));
            // a formula's result (income ÷ members) shown rounded by the cell's format: the cell holds more
            case "value.not-whole" -> InputError.of(at, "cell.not-whole", "column", column,
                    "value", new java.math.BigDecimal(String.valueOf(args.get("value"))));
            case "value.not-one-of" -> notOneOf(at, column, c, String.valueOf(args.get("value")), known);
            default -> {
                Map<String, Object> m = new LinkedHashMap<>(args);
                if (m.containsKey("field")) m.put("field", column);
                yield new InputError(at, e.code(), m);
            }
        };
    }

    /** A text that is no day; "12/31/1980", a day only month first, says its column's other days may be swapped. */
    private static InputError badDate(Location at, String column, String value) {
        LocalDate monthFirst = CellText.monthFirst(value);
        return monthFirst != null
                ? InputError.of(at, "cell.date-month-first", "column", column, "value", value, "day", monthFirst)
                : InputError.of(at, "cell.bad-date", "column", column, "value", value);
    }

    private static boolean wholeNumber(String text) {
        return !text.isEmpty() && text.length() <= 7 && text.chars().allMatch(Character::isDigit);
    }

    /**
     * A number where a day is expected: a year (1979) says the day is missing; another number is
     * most likely a day whose cell lost its date format (29336 is 25/04/1980 in Excel's count), and
     * the error names that day as a guess, never reads it so.
     */
    private static InputError dateAsNumber(Location at, String column, String text) {
        long n = Long.parseLong(text);
        if (n >= 1900 && n <= 2100) return InputError.of(at, "cell.date-year-only", "column", column, "value", text);
        LocalDate day = CellText.excelDay(n);
        if (day == null) return InputError.of(at, "cell.wrong-type", "column", column, "expected", "type.cell-date", "value", text);
        return InputError.of(at, "cell.date-as-number", "column", column, "value", text, "day", day);
    }

    /**
     * A cell that says none of its column's words: what to write instead when people write it so
     * (columns.yaml hints), else the words people write for each, and the nearest.
     */
    private static InputError notOneOf(Location at, String column, RosterColumn c, String value, RosterColumns known) {
        Map<String, String> hint = c == null ? null : known.hint(c, value);
        if (hint != null) {
            return InputError.of(at, "cell.word-hint", "column", column, "value", value, "hintVi", hint.get("vi"), "hintEn", hint.get("en"));
        }
        List<String> labels = new ArrayList<>(), all = new ArrayList<>();
        if (c != null) c.values().forEach((word, ls) -> {
            labels.add(String.join(", ", c.shownLabels(word)));
            all.addAll(ls);
            all.add(word);
        });
        return InputError.of(at, "cell.not-one-of", "column", column, "value", value,
                "allowed", String.join(" | ", labels), "suggestion", Suggest.closest(value, all));
    }

    private static String cellType(String expected) {
        return switch (expected) {
            case "type.boolean" -> "type.cell-boolean";
            case "type.date" -> "type.cell-date";
            default -> expected;
        };
    }
}
