package vn.gnbv.input;

import org.apache.commons.text.StringSubstitutor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Renders errors from the error catalogue ({@code gnbv/errors_<lang>.properties}) in the chosen
 * language: "file:line:column: lỗi: sentence". Words in arguments ("type.date", "reason.…") are
 * translated too.
 */
public final class ErrorText {
    private final ResourceBundle bundle;
    private final Locale numbers;

    public ErrorText(String lang) {
        this.numbers = Locale.forLanguageTag(lang.equals("vi") ? "vi-VN" : "en-US");
        this.bundle = ResourceBundle.getBundle("gnbv.errors", Locale.forLanguageTag(lang),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String render(InputError e) {
        return e.location() + ": " + bundle.getString("label.error") + ": " + sentence(e.code(), e.args());
    }

    /** A catalogue sentence with its arguments filled in. */
    public String sentence(String code, Map<String, Object> args) {
        Map<String, String> shown = new HashMap<>();
        args.forEach((k, v) -> shown.put(k, v instanceof LocalDate d ? day(d)
                : v instanceof BigDecimal n ? decimal(n) : word(String.valueOf(v))));
        Object s = args.get("suggestion");
        shown.put("hint", s == null || s.toString().isEmpty() ? ""
                : new StringSubstitutor(Map.of("suggestion", s.toString())).replace(bundle.getString("hint")));
        String sentence = bundle.containsKey(code) ? bundle.getString(code) : code + " " + args;
        return new StringSubstitutor(shown).replace(sentence);
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A day as the reader writes it: 25/04/1980 in Vietnamese, 1980-04-25 in English (as the reports write them). */
    private String day(LocalDate d) {
        return numbers.getLanguage().equals("vi") ? d.format(DAY) : d.toString();
    }

    /** A decimal as a cell shows it in the language: 642857,14 in Vietnamese (a point there groups thousands), 642857.14 in English. */
    private String decimal(BigDecimal n) {
        String plain = n.toPlainString();
        return numbers.getLanguage().equals("vi") ? plain.replace('.', ',') : plain;
    }

    /** "3 lỗi đầu vào." */
    public String count(int n) {
        return new StringSubstitutor(Map.of("count", String.valueOf(n))).replace(bundle.getString("label.count"));
    }

    /** A share to one decimal as the language writes it: 92,3 in Vietnamese, 92.3 in English. */
    public String decimal(double value) {
        return String.format(numbers, "%.1f", value);
    }

    public String text(String key) {
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    private String word(String v) {
        return (v.startsWith("type.") || v.startsWith("reason.")) && bundle.containsKey(v) ? bundle.getString(v) : v;
    }
}
