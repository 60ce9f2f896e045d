package vn.gnbv.input;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What people type into a spreadsheet, read as values: days written day first (dd/mm/yyyy, as
 * Vietnamese forms write them) or as YYYY-MM-DD, whole numbers with their thousands grouped
 * ("1.200.000", "1,200,000", "1 200 000"), decimals with a comma or a point, and names compared as
 * people mean them (Unicode composed or decomposed, case, spaces, and — when asked — without marks).
 */
public final class CellText {
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern GROUPED = Pattern.compile("[-+]?[1-9]\\d{0,2}([.,\\u00a0 ]\\d{3})+");
    private static final Pattern PLAIN = Pattern.compile("[-+]?\\d+([.,]\\d+)?([eE][-+]?\\d+)?");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");
    private static final Pattern COLON = Pattern.compile("\\s*:\\s*");
    private static final Pattern GROUP_MARKS = Pattern.compile("[.,\\u00a0 ]");

    private CellText() {}

    /**
     * A cell's text as a person sees it: the spaces that look like one (no-break U+00A0 from text
     * copied off a web page, U+2000–U+200A, U+202F, U+205F, U+3000) are spaces, and the characters
     * that show nothing (zero-width space U+200B, word joiner U+2060, U+FEFF) are left out. So
     * "tra-mai" followed by a no-break space is the commune tra-mai, and a cell of one is blank.
     */
    public static String visible(String text) {
        int i = 0, n = text.length();
        while (i < n && !unseen(text.charAt(i))) i++;
        if (i == n) return text; // nearly every cell: nothing to do
        StringBuilder b = new StringBuilder(n).append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\u200b' || c == '\u2060' || c == '\ufeff') continue;
            b.append(unseen(c) ? ' ' : c);
        }
        return b.toString();
    }

    private static boolean unseen(char c) {
        return c == '\u00a0' || (c >= '\u2000' && c <= '\u200b') || c == '\u202f' || c == '\u205f' || c == '\u2060'
                || c == '\u3000' || c == '\ufeff';
    }

    /**
     * The day a serial number is in Excel's count of days (the 1900 system: 1 is 01/01/1900, and
     * 60 the 29/02/1900 that never was), or null outside Excel's days.
     */
    public static LocalDate excelDay(long serial) {
        if (serial < 1 || serial == 60 || serial > 2_958_465) return null;
        return LocalDate.of(1899, 12, serial < 60 ? 31 : 30).plusDays(serial);
    }

    /** A day written dd/mm/yyyy (also with - or .) or YYYY-MM-DD; null when it is not one (31/02 included). */
    public static LocalDate day(String text) {
        String s = text.strip();
        try {
            Matcher m = DAY_FIRST.matcher(s);
            if (m.matches()) return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            m = ISO.matcher(s);
            if (m.matches()) return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    /**
     * The day a text means when read month first (mm/dd/yyyy, as software set to US English writes
     * days), when it is no day read day first: "12/31/1980" is 31/12/1980. Null otherwise. Never used
     * as a value: a column of such days has its other days read with day and month swapped.
     */
    public static LocalDate monthFirst(String text) {
        Matcher m = DAY_FIRST.matcher(text.strip());
        if (!m.matches() || day(text) != null) return null;
        try {
            return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * A number as typed: a whole number with its thousands grouped by '.', ',' or a space is read
     * whole; otherwise a single ',' or '.' is the decimal mark. Null when it is not a number.
     */
    public static BigDecimal number(String text) {
        String s = text.strip();
        if (GROUPED.matcher(s).matches() && !(s.indexOf('.') >= 0 && s.indexOf(',') >= 0)) {
            return new BigDecimal(GROUP_MARKS.matcher(s).replaceAll(""));
        }
        if (s.indexOf('.') >= 0 && s.indexOf(',') >= 0) {
            // both marks: the last is the decimal mark, the other groups thousands
            boolean commaDecimal = s.lastIndexOf(',') > s.lastIndexOf('.');
            s = commaDecimal ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
            return PLAIN.matcher(s).matches() ? new BigDecimal(s) : null;
        }
        if (!PLAIN.matcher(s).matches()) return null;
        return new BigDecimal(s.replace(',', '.'));
    }

    /** A column name or a word as compared: composed (NFC), trimmed, single spaces, lower case, without a trailing "*" mark. */
    public static String key(String text) {
        String s = SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
        if (s.endsWith("(*)")) s = s.substring(0, s.length() - 3).strip();
        else if (s.endsWith("*")) s = s.substring(0, s.length() - 1).strip();
        return COLON.matcher(s).replaceAll(": ").toLowerCase(Locale.ROOT);
    }

    /**
     * Characters that Vietnamese written in Unicode never has but text in the old 8-bit encodings
     * shows when read as Unicode: TCVN3 (ABC, fonts .VnTime…: "Mã hộ" shows "M· hé") and VNI (fonts
     * VNI-Times…: "Maõ hoä"). Vietnamese letters of Latin-1 (à, é, ê, ô, Ý…) are not among them.
     */
    private static final String LEGACY = "\u00b5\u00b8\u00b6\u00b7\u00b9\u00a8\u00bb\u00be\u00bc\u00bd\u00c6\u00a9\u00c7\u00cb\u00ae"
            + "\u00d0\u00ce\u00cf\u00d1\u00aa\u00d6\u00d7\u00d8\u00dc\u00de\u00df\u00e4\u00ab\u00e5\u00e6\u00e7\u00ac"
            + "\u00eb\u00ee\u00ef\u00f1\u00f6\u00f8\u00f7\u00fb\u00fc\u00fe\u00ad";

    /**
     * Whether a text looks like Vietnamese in an old 8-bit encoding read as Unicode (see LEGACY): such
     * characters, and none of the letters only Unicode Vietnamese has (ă, đ, ơ, ư, ĩ, ũ, ạ…ỹ).
     */
    public static boolean legacyVietnamese(String text) {
        boolean legacy = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u1ea0' && c <= '\u1ef9' || "\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u0128\u0129\u0168\u0169".indexOf(c) >= 0) {
                return false;
            }
            if (LEGACY.indexOf(c) >= 0) legacy = true;
        }
        return legacy;
    }

    /** {@link #fold} with letters and digits only: "Ê-đê", "Ê Đê" and "Êđê" are "ede", "H'Mông" is "hmong". */
    public static String letters(String text) {
        String f = fold(text);
        StringBuilder b = new StringBuilder(f.length());
        f.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** {@link #key} without diacritics (đ as d): "Mã hộ", "Ma ho" and "MÃ HỘ" fold alike. */
    public static String fold(String text) {
        String s = MARKS.matcher(Normalizer.normalize(key(text), Normalizer.Form.NFD)).replaceAll("");
        return s.replace('đ', 'd');
    }
}
