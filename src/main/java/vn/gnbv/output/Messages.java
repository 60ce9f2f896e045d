package vn.gnbv.output;

import vn.gnbv.findings.Finding;
import vn.gnbv.input.Errors;
import vn.gnbv.input.InputException;
import vn.gnbv.input.InputKind;
import vn.gnbv.input.Node;
import vn.gnbv.input.TreeReader;
import vn.gnbv.parameters.ParameterChange;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The message catalogue of a rule set ({@code rules/messages/<lang>.yaml}): finding sentences by rule
 * ID, words for values, labels of reports. Each sentence is prepared once into its text and
 * placeholders. Values are written the way the language writes them: 1.500.000 and 7,92 and
 * 31/12/2024 in Vietnamese; 1,500,000 and 7.92 and 2024-12-31 in English. Not thread-safe: one per
 * writer.
 */
public final class Messages {
    public static final List<String> LANGUAGES = List.of("vi", "en");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final String lang;
    private final Map<String, String> text;
    private final Map<String, Template> templates = new HashMap<>();
    /** rule → {key, value name, value} of its variant sentences. */
    private final Map<String, List<String[]>> variants = new HashMap<>();
    private static final Pattern VARIANT = Pattern.compile("([A-Z]{2}-\\d{3})\\.when\\.([^.]+)\\.(.+)");
    private final NumberFormat numbers;
    private final DateTimeFormatter dates;

    /** A sentence split once into literal parts and the names between them. */
    private record Template(String[] literals, String[] names) {}

    private Messages(String lang, Map<String, String> text) {
        this.lang = lang;
        this.text = text;
        for (String k : new java.util.TreeSet<>(text.keySet())) {
            Matcher m = VARIANT.matcher(k);
            if (m.matches()) variants.computeIfAbsent(m.group(1), r -> new ArrayList<>()).add(new String[]{k, m.group(2), m.group(3)});
        }
        this.numbers = NumberFormat.getNumberInstance(Locale.forLanguageTag(lang.equals("vi") ? "vi-VN" : "en-US"));
        this.numbers.setMaximumFractionDigits(4);
        this.dates = DateTimeFormatter.ofPattern(lang.equals("vi") ? "dd/MM/yyyy" : "yyyy-MM-dd");
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

    public boolean has(String key) {
        return text.containsKey(key);
    }

    public String text(String key) {
        return text.getOrDefault(key, key);
    }

    /**
     * A catalogue entry with ${name} filled from args; the key itself when the catalogue lacks it. A
     * word is looked up as word.<name>.<value> first (the same value may mean two things), then
     * word.<value>.
     */
    public String text(String key, Map<String, ?> args) {
        Template t = templates.computeIfAbsent(key, k -> prepare(text.getOrDefault(k, k)));
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < t.names().length; i++) {
            b.append(t.literals()[i]);
            String name = t.names()[i];
            if (args.containsKey(name)) b.append(shown(name, args.get(name)));
            else b.append("${").append(name).append('}');
        }
        return b.append(t.literals()[t.names().length]).toString();
    }

    private static Template prepare(String s) {
        List<String> lits = new ArrayList<>(), names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(s);
        int at = 0;
        while (m.find()) {
            lits.add(s.substring(at, m.start()));
            names.add(m.group(1));
            at = m.end();
        }
        lits.add(s.substring(at));
        return new Template(lits.toArray(String[]::new), names.toArray(String[]::new));
    }

    private String shown(String name, Object v) {
        // a year is written without grouping (2024, not 2.024); "reductionPerYear" is a decimal, not a year
        if ((name.equals("year") || name.endsWith("Year")) && (v instanceof Integer || v instanceof Long)) return String.valueOf(v);
        if (v instanceof String s && text.containsKey("word." + name + "." + s)) return text.get("word." + name + "." + s);
        return value(v);
    }

    /**
     * A finding's sentence: the rule's entry, or its variant {@code <RULE>.when.<name>.<value>} when
     * the finding's value <name> is <value> (e.g. HI-001 without any card has no card dates to show).
     */
    public String message(Finding f) {
        return sentence(f) + unconfirmed(f);
    }

    private String sentence(Finding f) {
        for (String[] v : variants.getOrDefault(f.rule(), List.of())) {
            Object x = f.values().get(v[1]);
            if (x != null && x.toString().equals(v[2])) return text(v[0], f.values());
        }
        if (!text.containsKey(f.rule())) return f.rule() + " " + f.values();
        return text(f.rule(), f.values());
    }

    /** Draft values applied: "household.income-line.rural = 2.200.000 (hiện hành: 1.500.000)", joined by "; ". */
    public String changes(List<ParameterChange> changes) {
        StringBuilder b = new StringBuilder();
        for (var c : changes) {
            b.append(b.length() == 0 ? "" : "; ").append(c.name()).append(" = ")
                    .append(c.draft() == null ? text("report.draft-ended") : value(c.draft()))
                    .append(" (").append(text("report.draft-baseline")).append(": ")
                    .append(c.baseline() == null ? text("report.draft-absent") : value(c.baseline())).append(")");
        }
        return b.toString();
    }

    /**
     * Draft values the date does not take, one sentence: "Giá trị dự thảo không áp dụng tại ngày dữ
     * liệu 30/06/2024: household.income-line.rural = 2.200.000 (từ 01/01/2027, sau ngày dữ liệu).
     * Đánh giá tại ngày khác: …". Empty when there is none.
     */
    public String notInForce(List<vn.gnbv.parameters.DraftValue> values, LocalDate asOf) {
        if (values.isEmpty()) return "";
        return text("report.draft-not-in-force", Map.of("date", date(asOf))) + ": " + draftValues(values);
    }

    /** The values of {@link #notInForce} without its heading (a workbook's row has the heading as label). */
    public String draftValues(List<vn.gnbv.parameters.DraftValue> values) {
        StringBuilder b = new StringBuilder();
        boolean later = false;
        for (var v : values) {
            later |= v.afterTheDate();
            b.append(b.length() == 0 ? "" : "; ").append(v.name()).append(" = ")
                    .append(v.value() == null ? text("report.draft-ended") : value(v.value()))
                    .append(" (").append(whyNotInForce(v)).append(")");
        }
        b.append(".");
        if (later) b.append(" ").append(text("report.draft-as-of"));
        return b.toString();
    }

    /** Why the date does not take a draft's value: "từ 01/01/2027, sau ngày dữ liệu", or the later value's date. */
    public String whyNotInForce(vn.gnbv.parameters.DraftValue v) {
        return v.afterTheDate() ? text("report.draft-later", Map.of("from", date(v.from())))
                : text("report.draft-replaced", Map.of("from", date(v.from()), "replaced", date(v.replacedFrom())));
    }

    /**
     * A finding resting on a value no source confirms says so in its text, naming the values
     * (parameters marked confidence: unconfirmed).
     */
    private String unconfirmed(Finding f) {
        StringBuilder b = new StringBuilder();
        for (var p : f.parameters()) {
            if (!"unconfirmed".equals(p.confidence())) continue;
            b.append(b.length() == 0 ? "" : "; ").append(p.name()).append(" = ").append(value(p.value()));
        }
        return b.length() == 0 ? "" : " " + text("note.unconfirmed", Map.of("values", b.toString()));
    }

    /** A value as a reader expects it: numbers grouped, dates as people write them, words translated. */
    public String value(Object v) {
        if (v == null) return text.getOrDefault("word.null", "-");
        if (v instanceof BigDecimal d) return numbers.format(d.stripTrailingZeros());
        if (v instanceof Number n) return numbers.format(n);
        if (v instanceof LocalDate d) return d.format(dates);
        if (v instanceof List<?> l) {
            StringBuilder b = new StringBuilder();
            for (Object o : l) {
                if (b.length() > 0) b.append(", ");
                b.append(value(o));
            }
            return b.toString();
        }
        String s = v.toString();
        if (ISO_DATE.matcher(s).matches()) return date(s);
        String w = text.get("indicator." + s);
        if (w != null) return w;
        return text.getOrDefault("word." + s, s);
    }

    /** An ISO date as the language writes it. */
    public String date(String iso) {
        try {
            return LocalDate.parse(iso).format(dates);
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }

    public String date(LocalDate d) {
        return d.format(dates);
    }

    /** A sum of money with the language's one word for the currency ("1.500.000 đồng", "1,500,000 VND"). */
    public String money(long amount) {
        return numbers.format(amount) + " " + text.getOrDefault("word.currency", "VND");
    }
}
