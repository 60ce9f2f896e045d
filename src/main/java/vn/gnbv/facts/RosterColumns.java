package vn.gnbv.facts;

import vn.gnbv.input.CellText;
import vn.gnbv.input.Errors;
import vn.gnbv.input.Node;
import vn.gnbv.input.TreeReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The columns of a household roster, as data (gnbv/columns.yaml): which header fills which field,
 * and what a boolean or a list cell may say. A header is found by its exact form first (case,
 * spaces and Unicode forms aside), then without Vietnamese marks when that leaves one column.
 */
public final class RosterColumns {
    /** What "ignored" maps to: a known column that fills no field. */
    static final Object IGNORED = new Object();

    /** Columns rosters have that gnbv cannot read as they are ("Năm sinh": a year, not a day), and what to do, by language. */
    record Refused(List<String> headers, String vi, String en) {}
    private static final Object AMBIGUOUS = new Object();
    /** Marks a label kept with letters only, apart from the labels as written or folded. */
    private static final String LETTERS = "\u0000";
    private static final RosterColumns STANDARD = load();

    private final List<RosterColumn> household, member;
    private final Map<String, Map<String, String>> types;
    private final List<Map<String, String>> ignored;
    private final List<String> explanationSheets;
    private final Map<String, Map<String, String>> template;
    private final Set<String> yes = new HashSet<>(), no = new HashSet<>(), none = new HashSet<>(), noneAsWritten = new HashSet<>();
    private final Map<String, Object> byKey = new HashMap<>(), byFold = new HashMap<>();
    private final List<String> known = new ArrayList<>();
    /** By column (two columns may fill one field): what people write → the word of facts v1. */
    private final Map<RosterColumn, Map<String, String>> words = new IdentityHashMap<>();

    private RosterColumns(List<RosterColumn> household, List<RosterColumn> member, Map<String, Map<String, String>> types,
                          List<Map<String, String>> ignored, List<Refused> refused, List<String> explanationSheets,
                          List<String> yes, List<String> no, List<String> none, Map<String, Map<String, String>> template) {
        this.template = template;
        this.household = household;
        this.member = member;
        this.types = types;
        this.ignored = ignored;
        this.explanationSheets = explanationSheets;
        yes.forEach(w -> this.yes.add(CellText.fold(w)));
        no.forEach(w -> this.no.add(CellText.fold(w)));
        none.forEach(w -> this.none.add(CellText.fold(w)));
        noneAsWritten.addAll(none);
        Set<String> householdKeys = new HashSet<>();
        household.forEach(c -> householdKeys.add(c.key()));
        for (RosterColumn c : all()) {
            for (String h : c.headers()) name(h, c);
            if (c.alternative()) continue; // the field's own name is its first column's
            name(c.path(), c);
            if (c.member() && !householdKeys.contains(c.key())) name(c.key(), c);
        }
        for (Map<String, String> i : ignored) name(i.get("header"), IGNORED);
        for (Refused r : refused) for (String h : r.headers()) name(h, r);
        for (RosterColumn c : all()) {
            Map<String, String> w = new HashMap<>();
            c.values().forEach((word, labels) -> {
                w.put(CellText.key(word), word);
                for (String l : labels) w.put(CellText.key(l), word);
            });
            Map<String, String> folded = new HashMap<>();
            w.forEach((label, word) -> folded.merge(CellText.fold(label), word, (a, b) -> a.equals(b) ? a : ""));
            folded.forEach((label, word) -> { if (!word.isEmpty()) w.putIfAbsent(label, word); });
            // and with letters only, when that is still one word: "Ê-đê", "Ê Đê" and "Êđê" are one
            Map<String, String> letters = new HashMap<>();
            w.forEach((label, word) -> letters.merge(LETTERS + CellText.letters(label), word, (a, b) -> a.equals(b) ? a : ""));
            letters.forEach((label, word) -> { if (!word.isEmpty() && label.length() > LETTERS.length()) w.putIfAbsent(label, word); });
            // the words and labels as written in columns.yaml, found without normalising the cell
            c.values().forEach((word, labels) -> {
                w.putIfAbsent(word, word);
                for (String l : labels) w.putIfAbsent(l, word);
            });
            words.put(c, w);
        }
        // a folded form that two columns share finds neither: only its exact forms do
        byFold.values().removeIf(v -> v == AMBIGUOUS);
    }

    private void name(String header, Object column) {
        known.add(header);
        Object was = byKey.put(CellText.key(header), column);
        if (was != null && was != column) throw new IllegalStateException("columns.yaml: header '" + header + "' names two columns");
        byFold.merge(CellText.fold(header), column, (a, b) -> a == b ? a : AMBIGUOUS);
    }

    public static RosterColumns standard() {
        return STANDARD;
    }

    public List<RosterColumn> household() {
        return household;
    }

    public List<RosterColumn> member() {
        return member;
    }

    /** Each field's first column: what the template and generated rosters write. */
    public List<RosterColumn> primary() {
        return all().stream().filter(c -> !c.alternative()).toList();
    }

    /** The first column of a column's field (itself, unless it is an alternative). */
    public RosterColumn first(RosterColumn c) {
        if (!c.alternative()) return c;
        return primary().stream().filter(p -> p.path().equals(c.path())).findFirst().orElseThrow();
    }

    public List<RosterColumn> all() {
        List<RosterColumn> out = new ArrayList<>(household);
        out.addAll(member);
        return out;
    }

    /**
     * The column a header names, {@link #IGNORED} for a known column that fills no field, a
     * {@link Refused} for one gnbv cannot read as it is, or null.
     */
    Object find(String header) {
        Object c = byKey.get(CellText.key(header));
        return c != null ? c : byFold.get(CellText.fold(header));
    }

    /** Every header known, for "did you mean". */
    List<String> knownHeaders() {
        return known;
    }

    /** The explanation of a value type ("date") in a language. */
    public String typeText(String type, String lang) {
        return types.getOrDefault(type, Map.of()).getOrDefault(lang, type);
    }

    /** A text of the template workbook ("sheet", "meaning", …) in a language. */
    public String templateText(String key, String lang) {
        return template.getOrDefault(lang, Map.of()).getOrDefault(key, key);
    }

    /** The known columns read past: header, vi, en. */
    public List<Map<String, String>> ignored() {
        return ignored;
    }

    /** Names of sheets that explain a roster (the template's) and are not read. */
    public boolean isExplanationSheet(String name) {
        for (String s : explanationSheets) if (CellText.fold(s).equals(CellText.fold(name))) return true;
        return false;
    }

    public List<String> explanationSheets() {
        return explanationSheets;
    }

    /** TRUE, FALSE or null for what a boolean cell says ("có", "x", "không", …). */
    Boolean truth(String text) {
        String f = CellText.fold(text);
        return yes.contains(f) ? Boolean.TRUE : no.contains(f) ? Boolean.FALSE : null;
    }

    /** The word of facts v1 a cell of the column means ("Nữ" → "female"), or null. */
    String word(RosterColumn c, String text) {
        Map<String, String> w = words.get(c);
        String found = w.get(text);
        if (found != null) return found;
        found = w.get(CellText.key(text));
        if (found == null) found = w.get(CellText.fold(text));
        return found != null ? found : w.get(LETTERS + CellText.letters(text));
    }

    /** What to write instead of a word the column does not take but people write ("Hộ thoát nghèo"), by language; or null. */
    Map<String, String> hint(RosterColumn c, String text) {
        return c.hints().get(CellText.fold(text));
    }

    /** Whether a list cell says "nothing" ("không", "-"). */
    boolean nothing(String text) {
        return noneAsWritten.contains(text) || none.contains(CellText.fold(text));
    }

    private static RosterColumns load() {
        String text;
        try (InputStream in = RosterColumns.class.getResourceAsStream("/gnbv/columns.yaml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Errors errors = new Errors();
        Node root = TreeReader.readText(text, "gnbv/columns.yaml", errors);
        if (!errors.isEmpty() || !(root instanceof Node.Obj o)) throw new IllegalStateException("gnbv/columns.yaml: " + errors.list());
        Map<String, Map<String, String>> types = new LinkedHashMap<>();
        ((Node.Obj) o.fields().get("types").value()).fields().values().forEach(f -> types.put(f.name(), texts(f.value())));
        List<Map<String, String>> ignored = new ArrayList<>();
        for (Node n : items(o, "ignored")) ignored.add(texts(n));
        List<Refused> refused = new ArrayList<>();
        for (Node n : items(o, "refused")) {
            Map<String, Node.Field> f = ((Node.Obj) n).fields();
            refused.add(new Refused(strings(f.get("headers").value()), scalar(f, "vi"), scalar(f, "en")));
        }
        Map<String, Map<String, String>> template = new LinkedHashMap<>();
        ((Node.Obj) o.fields().get("template").value()).fields().values().forEach(f -> template.put(f.name(), texts(f.value())));
        return new RosterColumns(columns(o, "household", false), columns(o, "member", true), types, ignored, refused,
                strings(o.fields().get("explanationSheets").value()), strings(o.fields().get("yes").value()),
                strings(o.fields().get("no").value()), strings(o.fields().get("none").value()), template);
    }

    private static List<RosterColumn> columns(Node.Obj root, String level, boolean member) {
        List<RosterColumn> out = new ArrayList<>();
        for (Node n : items(root, level)) {
            Map<String, Node.Field> f = ((Node.Obj) n).fields();
            Map<String, List<String>> values = new LinkedHashMap<>();
            if (f.containsKey("values")) {
                ((Node.Obj) f.get("values").value()).fields().values().forEach(v -> values.put(v.name(), strings(v.value())));
            }
            Map<String, Map<String, String>> hints = new LinkedHashMap<>();
            if (f.containsKey("hints")) {
                for (Node.Field h : ((Node.Obj) f.get("hints").value()).fields().values()) {
                    Map<String, Node.Field> t = ((Node.Obj) h.value()).fields();
                    hints.put(CellText.fold(h.name()), Map.of("vi", scalar(t, "vi"), "en", scalar(t, "en")));
                }
            }
            out.add(new RosterColumn(scalar(f, "key"), member, "true".equals(scalar(f, "alternative")), scalar(f, "type"),
                    "true".equals(scalar(f, "required")),
                    f.containsKey("or") ? scalar(f, "or") : null, strings(f.get("headers").value()), values, Map.copyOf(hints),
                    scalar(f, "example"), Map.of("vi", scalar(f, "vi"), "en", scalar(f, "en"))));
        }
        return List.copyOf(out);
    }

    private static List<Node> items(Node.Obj root, String key) {
        return ((Node.Arr) root.fields().get(key).value()).items();
    }

    private static String scalar(Map<String, Node.Field> f, String key) {
        Node.Field x = f.get(key);
        return x == null || ((Node.Scalar) x.value()).value() == null ? "" : String.valueOf(((Node.Scalar) x.value()).value());
    }

    private static Map<String, String> texts(Node n) {
        Map<String, String> m = new LinkedHashMap<>();
        ((Node.Obj) n).fields().values().forEach(f -> m.put(f.name(), String.valueOf(((Node.Scalar) f.value()).value())));
        return m;
    }

    private static List<String> strings(Node n) {
        List<String> out = new ArrayList<>();
        for (Node i : ((Node.Arr) n).items()) out.add(String.valueOf(((Node.Scalar) i).value()));
        return List.copyOf(out);
    }
}
