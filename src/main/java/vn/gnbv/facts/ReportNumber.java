package vn.gnbv.facts;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number as a report writes it: "1.271,096 tỷ đồng", "97,83%", "102.171 triệu đồng", "-8.458"
 * (Vietnamese: dot groups thousands, comma marks decimals). The precision is the number of
 * decimals written, so "19%" is exact to ±0.5 points and "16,024 tỷ" to ±0.0005 billion.
 */
public record ReportNumber(BigDecimal value, int precision, String unit) {
    private static final Pattern NUMBER = Pattern.compile(
            "^\\s*([+\\-−–]?)\\s*(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?\\s*(.*?)\\s*$");
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("tỷ đồng", "billion-VND"), Map.entry("tỷ", "billion-VND"),
            Map.entry("triệu đồng", "million-VND"), Map.entry("triệu", "million-VND"),
            Map.entry("đồng", "VND"), Map.entry("%", "percent"), Map.entry("hộ", "households"),
            Map.entry("người", "people"), Map.entry("thẻ", "cards"), Map.entry("", ""));

    /** Null when the text is not a number in the report's notation. */
    public static ReportNumber parse(String text) {
        Matcher m = NUMBER.matcher(text);
        if (!m.matches()) return null;
        String unit = UNITS.get(m.group(4).toLowerCase());
        if (unit == null) return null;
        String digits = m.group(2).replace(".", "") + (m.group(3) == null ? "" : "." + m.group(3));
        BigDecimal v = new BigDecimal(digits);
        if (!m.group(1).isEmpty()) v = v.negate();
        return new ReportNumber(v, m.group(3) == null ? 0 : m.group(3).length(), unit.isEmpty() ? null : unit);
    }
}
