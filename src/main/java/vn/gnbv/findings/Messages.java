package vn.gnbv.findings;

import org.apache.commons.text.StringSubstitutor;
import vn.gnbv.input.Errors;
import vn.gnbv.input.InputException;
import vn.gnbv.input.InputKind;
import vn.gnbv.input.Node;
import vn.gnbv.input.TreeReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The message catalogue of a rule set ({@code rules/messages/<lang>.yaml}): finding sentences by rule
 * ID, and words for values. Numbers are written the way the language writes them (1.500.000 in
 * Vietnamese, 1,500,000 in English).
 */
public final class Messages {
    public static final List<String> LANGUAGES = List.of("vi", "en");
    private final String lang;
    private final Map<String, String> text;
    private final NumberFormat numbers;

    private Messages(String lang, Map<String, String> text) {
        this.lang = lang;
        this.text = text;
        this.numbers = NumberFormat.getNumberInstance(Locale.forLanguageTag(lang.equals("vi") ? "vi-VN" : "en-US"));
        this.numbers.setMaximumFractionDigits(4);
    }

    public String lang() {
        return lang;
    }

    public static Messages load(Path rulesDir, String lang) throws InputException {
        Errors errors = new Errors();
        Map<String, String> m = new HashMap<>();
        Path f = rulesDir.resolve("messages").resolve(lang + ".yaml");
        if (Files.isRegularFile(f)) {
            Node root = TreeReader.readFile(f, f.toString(), errors);
            if (root instanceof Node.Obj obj) {
                for (Node.Field fl : obj.fields().values()) {
                    if (fl.value() instanceof Node.Scalar s && s.value() != null) m.put(fl.name(), s.value().toString());
                    else errors.add(fl.value().location(), "value.wrong-type", "field", fl.name(), "expected", "type.text",
                            "found", fl.value().typeName());
                }
            }
        }
        errors.throwIfAny(InputKind.RULES);
        return new Messages(lang, m);
    }

    /**
     * A catalogue entry with ${name} filled from args; the key itself when the catalogue lacks it.
     * A word is looked up as word.<name>.<value> first (the same value may mean two things), then
     * word.<value>.
     */
    public String text(String key, Map<String, ?> args) {
        String t = text.getOrDefault(key, key);
        Map<String, String> shown = new HashMap<>();
        args.forEach((k, v) -> shown.put(k, isYear(k) && v instanceof Number n ? String.valueOf(n)
                : v instanceof String s && text.containsKey("word." + k + "." + s) ? text.get("word." + k + "." + s)
                : value(v)));
        return new StringSubstitutor(shown).replace(t);
    }

    /** Years are written as years (2024), not as grouped numbers. */
    private static boolean isYear(String key) {
        return key.equals("year") || key.endsWith("Year");
    }

    public String text(String key) {
        return text.getOrDefault(key, key);
    }

    public String message(Finding f) {
        if (!text.containsKey(f.rule())) return f.rule() + " " + f.values();
        return text(f.rule(), f.values());
    }

    /** A value as a reader expects it: numbers grouped, words and indicator keys translated. */
    public String value(Object v) {
        if (v == null) return text.getOrDefault("word.null", "-");
        if (v instanceof Number n) return numbers.format(n);
        if (v instanceof List<?> l) return l.stream().map(this::value).collect(Collectors.joining(", "));
        String s = v.toString();
        if (text.containsKey("indicator." + s)) return text.get("indicator." + s);
        return text.getOrDefault("word." + s, s);
    }
}
