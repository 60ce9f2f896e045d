package vn.gnbv.input;

import org.apache.poi.ss.usermodel.DateUtil;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * What a workbook's cell styles make of a stored number, by style index, decided once per style:
 * a day when its number format is a date format (POI's DateUtil), a percentage when it shows a
 * '%', a code shown with leading zeros when the format is zeros only ("00000": the commune code
 * 00421 is stored as 421 and shown as 00421), else a plain number.
 */
final class NumberFormats {
    private static final byte UNKNOWN = 0, NUMBER = 1, DATE = 2, PERCENT = 3;
    /** Kinds from PADDED on: a whole number shown with leading zeros to (kind - PADDED) digits. */
    private static final byte PADDED = 4;
    private final CellStyles styles;
    private final boolean date1904;
    private byte[] kinds = new byte[64];

    NumberFormats(CellStyles styles) {
        this.styles = styles;
        this.date1904 = styles.date1904();
    }

    /** The cell a stored number makes under a style. */
    Cell cell(int column, int style, String stored) {
        byte kind = kind(style);
        if (kind == NUMBER && plainWhole(stored)) return new Cell(column, Cell.Kind.NUMBER, stored);
        double d = Double.parseDouble(stored);
        if (kind >= PADDED) {
            String text = WorkbookReader.numberText(d);
            return new Cell(column, Cell.Kind.NUMBER, plainWhole(text) ? padded(text, kind - PADDED) : text);
        }
        return switch (kind) {
            case DATE -> DateUtil.isValidExcelDate(d)
                    ? new Cell(column, Cell.Kind.DATE, day(d).toString())
                    : new Cell(column, Cell.Kind.NUMBER, WorkbookReader.numberText(d));
            case PERCENT -> new Cell(column, Cell.Kind.NUMBER, WorkbookReader.percentText(d));
            default -> new Cell(column, Cell.Kind.NUMBER, WorkbookReader.numberText(d));
        };
    }

    /** The day of a serial date: whole days counted directly, anything else (a time, the 1900 leap-year quirk) by POI. */
    private LocalDate day(double d) {
        if (d == Math.rint(d) && (date1904 || d >= 61)) return (date1904 ? DAY_ZERO_1904 : DAY_ZERO).plusDays((long) d);
        return DateUtil.getLocalDateTime(d, date1904, true).toLocalDate();
    }

    /** Serial 1 is 1900-01-01, and Excel counts a 29/02/1900 that never was: from serial 61 on, day 0 is 1899-12-30. */
    private static final LocalDate DAY_ZERO = LocalDate.of(1899, 12, 30), DAY_ZERO_1904 = LocalDate.of(1904, 1, 1);

    /** Digits only, without a leading zero: the number's plain text already (most stored numbers). */
    private static boolean plainWhole(String s) {
        int n = s.length();
        if (n == 0 || n > 15 || s.charAt(0) == '0' && n > 1) return false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    private byte kind(int style) {
        if (!styles.has(style)) return NUMBER;
        if (style >= kinds.length) kinds = java.util.Arrays.copyOf(kinds, Math.max(style + 1, kinds.length * 2));
        byte k = kinds[style];
        if (k == UNKNOWN) k = kinds[style] = decide(style);
        return k;
    }

    private byte decide(int style) {
        String format = styles.formatCode(style);
        if (DateUtil.isADateFormat(styles.formatId(style), format)) return DATE;
        if (format != null && ZEROS.matcher(format).matches() && format.length() <= 15) return (byte) (PADDED + format.length());
        return format != null && format.indexOf('%') >= 0 ? PERCENT : NUMBER;
    }

    /** A format of zeros only ("000", "00000"), at least two: leading zeros shown. */
    private static final Pattern ZEROS = Pattern.compile("00+");

    private static String padded(String digits, int width) {
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
