package vn.gnbv.parameters;

import vn.gnbv.input.Bound;
import vn.gnbv.input.DisplayPath;
import vn.gnbv.input.Errors;
import vn.gnbv.input.InputError;
import vn.gnbv.input.InputException;
import vn.gnbv.input.InputKind;
import vn.gnbv.input.Location;
import vn.gnbv.input.Node;
import vn.gnbv.input.Shape;
import vn.gnbv.input.Suggest;
import vn.gnbv.input.TreeReader;
import vn.gnbv.input.Type;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Dated parameters (DESIGN.md "Parameters"): {@code rules/parameters/<concern>/<name>.yaml}, named
 * {@code <concern>.<name>[.<series>]}; provincial overlays under {@code parameters/provinces/<id>/}
 * with the same names. Values are resolved as of a date, never the wall clock.
 */
public final class ParameterCatalogue {
    public static final String PROVINCES = "provinces";
    private final Map<String, Series> series;
    /** The dates on which a draft (--params) gives each parameter a value; empty without a draft. */
    private final Map<String, Set<LocalDate>> drafted;

    private ParameterCatalogue(Map<String, Series> series) {
        this(series, Map.of());
    }

    private ParameterCatalogue(Map<String, Series> series, Map<String, Set<LocalDate>> drafted) {
        this.series = series;
        this.drafted = drafted;
    }

    public Map<String, Series> series() {
        return series;
    }

    /** The parameters folder of a rules folder (rules/parameters). */
    public static Path folderOf(Path rulesDir) {
        return rulesDir.resolve("parameters");
    }

    /** The provincial overlay of a rules folder (rules/parameters/provinces/<id>). */
    public static Path provinceFolder(Path rulesDir, String province) {
        return folderOf(rulesDir).resolve(PROVINCES).resolve(province);
    }

    /** The parameters of a rules folder, with the province's overlay if any. */
    public static ParameterCatalogue ofRules(Path rulesDir, String province) throws InputException {
        return load(folderOf(rulesDir), province);
    }

    /** Loads every parameter under dir (a rules/parameters folder), with the province overlay if any. */
    public static ParameterCatalogue load(Path dir, String province) throws InputException {
        Errors errors = new Errors();
        Map<String, Series> all = new TreeMap<>();
        if (Files.isDirectory(dir)) {
            Path root = dir.getParent() == null ? dir : dir.getParent();
            for (Path f : files(dir, errors)) {
                Path rel = dir.relativize(f);
                if (rel.getName(0).toString().equals(PROVINCES)) continue;
                readFile(f, DisplayPath.of(root, f), baseName(rel), errors).forEach(s -> all.put(s.name(), s));
            }
            if (province != null) {
                Path pdir = dir.resolve(PROVINCES).resolve(province);
                if (Files.isDirectory(pdir)) {
                    for (Path f : files(pdir, errors)) {
                        overlay(all, readFile(f, DisplayPath.of(root, f), baseName(pdir.relativize(f)), errors), false, errors);
                    }
                }
            }
        }
        errors.throwIfAny(InputKind.RULES);
        return new ParameterCatalogue(all);
    }

    /**
     * A draft overlay (--params): a mapping of parameter name to the same body as a parameter file.
     * Names must exist in the baseline; the new dated values replace or add to the baseline's.
     */
    public ParameterCatalogue withDraft(Path draft) throws InputException {
        Errors errors = new Errors();
        Node root = TreeReader.readFile(draft, draft.toString(), errors);
        return withDraft(root, errors);
    }

    /** A draft already parsed (a fixture case's `params`). */
    public ParameterCatalogue withDraft(Node root) throws InputException {
        return withDraft(root, new Errors());
    }

    private ParameterCatalogue withDraft(Node root, Errors errors) throws InputException {
        Map<String, Series> merged = new TreeMap<>(series);
        Map<String, Set<LocalDate>> dates = new TreeMap<>();
        drafted.forEach((n, d) -> dates.put(n, new TreeSet<>(d)));
        if (root instanceof Node.Obj obj) {
            for (Node.Field f : obj.fields().values()) {
                List<Series> read = readBody(f.value(), f.name(), errors);
                overlay(merged, read, true, errors);
                for (Series s : read) dates.computeIfAbsent(s.name(), n -> new TreeSet<>()).addAll(s.values().keySet());
            }
        } else if (root != null) {
            errors.add(root.location(), "params.not-a-mapping");
        }
        errors.throwIfAny(InputKind.FACTS);
        return new ParameterCatalogue(merged, dates);
    }

    /**
     * The same catalogue with one parameter's value in force on a day replaced (a sweep step): the
     * entry that applies on that day takes the value, so resolving as of the day gives it.
     */
    public ParameterCatalogue withValueOn(String name, LocalDate day, Object value, String ref) throws InputException {
        Series s = series.get(name);
        if (s == null) {
            Errors errors = new Errors();
            errors.add(Location.ofFile("--param"), "params.unknown-name", "name", name,
                    "suggestion", Suggest.closest(name, series.keySet()));
            errors.throwIfAny(InputKind.FACTS);
        }
        LocalDate from = s.values().floorKey(day);
        Map<String, Series> copy = new TreeMap<>(series);
        copy.put(name, s.withOverlay(Map.of(from == null ? day : from,
                new Entry(value, ref, "draft", Location.ofFile("--param")))));
        return new ParameterCatalogue(copy, drafted);
    }

    /**
     * Every parameter as of the date. A date before a parameter's first value is not an error yet:
     * the parameter is "not covered", an error naming it only if the rules a case runs need it
     * ({@link ParameterSet#requireCovered}).
     */
    public ParameterSet resolve(LocalDate asOf) {
        Map<String, Param> in = new HashMap<>();
        Map<String, InputError> notCovered = new TreeMap<>();
        for (Series s : series.values()) {
            var e = s.values().floorEntry(asOf);
            if (e == null) {
                Entry first = s.values().firstEntry().getValue();
                notCovered.put(s.name(), InputError.of(first.source(), "params.not-covered", "name", s.name(),
                        "date", asOf, "first", s.values().firstKey()));
                continue;
            }
            Entry v = e.getValue();
            if (v.value() != null) {
                in.put(s.name(), new Param(s.name(), s.group(), s.key(), v.value(), s.unit(), v.ref(), v.confidence(), e.getKey()));
            }
        }
        return new ParameterSet(asOf, in, notCovered, draftNotInForce(asOf));
    }

    /**
     * The values a draft gives that are not the ones in force on the date: taking effect after it,
     * or replaced before it by a later value (of the rules' files or of the draft). A draft whose
     * every value is one of these changes nothing, and the report says why.
     */
    private List<DraftValue> draftNotInForce(LocalDate asOf) {
        List<DraftValue> out = new ArrayList<>();
        drafted.forEach((name, dates) -> {
            Series s = series.get(name);
            LocalDate inForce = s.values().floorKey(asOf);
            for (LocalDate d : dates) {
                if (d.equals(inForce)) continue;
                Entry e = s.values().get(d);
                out.add(new DraftValue(name, d, e.value(), e.source(), d.isAfter(asOf) ? null : inForce));
            }
        });
        return out;
    }

    private static void overlay(Map<String, Series> into, List<Series> more, boolean mustExist, Errors errors) {
        for (Series s : more) {
            Series base = into.get(s.name());
            if (base == null) {
                if (mustExist) {
                    Location at = s.values().isEmpty() ? Location.ofFile("?") : s.values().firstEntry().getValue().source();
                    errors.add(at, "params.unknown-name", "name", s.name(), "suggestion", Suggest.closest(s.name(), into.keySet()));
                } else {
                    into.put(s.name(), s);
                }
                continue;
            }
            if (s.unit() != null && base.unit() != null && !s.unit().equals(base.unit())) {
                Location at = s.values().isEmpty() ? Location.ofFile("?") : s.values().firstEntry().getValue().source();
                errors.add(at, "params.wrong-unit", "name", s.name(), "unit", s.unit(), "expected", base.unit());
                continue;
            }
            if (!ValueType.fits(base.type(), s.values().values(), errors, s.name())) continue;
            into.put(s.name(), base.withOverlay(s.values()));
        }
    }

    private static List<Path> files(Path dir, Errors errors) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(TreeReader::isInputFile).sorted().toList();
        } catch (IOException e) {
            errors.add(Location.ofFile(dir.toString()), "file.unreadable", "detail", e.getMessage());
            return List.of();
        }
    }

    private static String baseName(Path rel) {
        String s = rel.toString().replace('\\', '/');
        s = s.substring(0, s.lastIndexOf('.'));
        return s.replace('/', '.');
    }

    /**
     * Every parameter name and file group under dir, the national ones and every province's, for
     * the check that a rule names only parameters that exist.
     */
    public static Set<String> knownNames(Path dir) {
        Set<String> out = new TreeSet<>();
        if (!Files.isDirectory(dir)) return out;
        Errors ignored = new Errors();
        for (Path f : files(dir, ignored)) {
            Path rel = dir.relativize(f);
            if (rel.getName(0).toString().equals(PROVINCES) && rel.getNameCount() > 2) rel = rel.subpath(2, rel.getNameCount());
            for (Series s : readFile(f, f.toString(), baseName(rel), ignored)) {
                out.add(s.name());
                out.add(s.group());
            }
        }
        return out;
    }

    private static List<Series> readFile(Path f, String shown, String name, Errors errors) {
        Node root = TreeReader.readFile(f, shown, errors);
        return root == null ? List.of() : readBody(root, name, errors);
    }

    private static final List<String> BODY_FIELDS = List.of("description", "unit", "confidence", "note", "values");

    /** A parameter body: description, unit, confidence, values (dated, or series of dated). */
    static List<Series> readBody(Node root, String name, Errors errors) {
        if (!(root instanceof Node.Obj obj)) {
            errors.add(root.location(), "value.wrong-type", "field", name, "expected", "type.object", "found", root.typeName());
            return List.of();
        }
        for (Node.Field f : obj.fields().values()) {
            if (!BODY_FIELDS.contains(f.name())) {
                errors.add(f.keyLocation(), "field.unknown", "field", f.name(), "object", "parameter",
                        "suggestion", Suggest.closest(f.name(), BODY_FIELDS), "allowed", String.join(", ", BODY_FIELDS));
            }
        }
        String vi = null, en = null;
        if (obj.fields().get("description") != null) {
            Bound d = new Shape("description").optional("vi", Type.TEXT).optional("en", Type.TEXT)
                    .bind(obj.fields().get("description").value(), "description", errors);
            if (d != null) { vi = d.text("vi"); en = d.text("en"); }
        }
        String unit = text(obj, "unit", errors);
        String confidence = obj.fields().containsKey("confidence")
                ? (String) Type.oneOf("confirmed", "reported", "unconfirmed").convert(obj.fields().get("confidence").value(), "confidence", errors)
                : null;
        Node.Field values = obj.fields().get("values");
        if (values == null || !(values.value() instanceof Node.Obj vobj)) {
            errors.add(values == null ? obj.location() : values.value().location(), "field.missing", "field", "values",
                    "object", "parameter", "expected", "type.object");
            return List.of();
        }
        List<Series> out = new ArrayList<>();
        boolean dated = vobj.fields().keySet().stream().anyMatch(ParameterCatalogue::looksLikeDate);
        if (dated) {
            out.add(series(name, name, null, vi, en, unit, dates(vobj, name, confidence, errors)));
        } else {
            for (Node.Field s : vobj.fields().values()) {
                if (s.value() instanceof Node.Obj sobj) {
                    out.add(series(name + "." + s.name(), name, s.name(), vi, en, unit,
                            dates(sobj, name + "." + s.name(), confidence, errors)));
                } else {
                    errors.add(s.value().location(), "value.wrong-type", "field", s.name(), "expected", "type.object",
                            "found", s.value().typeName());
                }
            }
        }
        return out;
    }

    private static Series series(String name, String group, String key, String vi, String en, String unit,
                                 TreeMap<LocalDate, Entry> values) {
        return new Series(name, group, key, vi, en, unit, ValueType.of(values.values()), values);
    }

    private static final Shape ENTRY = new Shape("parameter value")
            .required("ref", Type.TEXT)
            .optional("confidence", Type.oneOf("confirmed", "reported", "unconfirmed"))
            .optional("note", Type.TEXT);

    private static TreeMap<LocalDate, Entry> dates(Node.Obj obj, String name, String fileConfidence, Errors errors) {
        TreeMap<LocalDate, Entry> out = new TreeMap<>();
        for (Node.Field f : obj.fields().values()) {
            LocalDate day;
            try {
                day = LocalDate.parse(f.name());
            } catch (DateTimeParseException e) {
                errors.add(f.keyLocation(), "value.bad-date", "field", name, "value", f.name());
                continue;
            }
            if (!(f.value() instanceof Node.Obj e)) {
                errors.add(f.value().location(), "value.wrong-type", "field", name + " " + f.name(),
                        "expected", "type.object", "found", f.value().typeName());
                continue;
            }
            // "value" is any scalar or a list of text; read apart from the other fields.
            var rest = new LinkedHashMap<>(e.fields());
            Node.Field v = rest.remove("value");
            Bound b = ENTRY.bind(new Node.Obj(e.location(), rest), name, errors);
            if (v == null) {
                errors.add(e.location(), "field.missing", "field", "value", "object", "parameter value", "expected", "type.value");
                continue;
            }
            Object value = value(v.value(), name, errors);
            if (b == null) continue;
            String conf = b.text("confidence") != null ? b.text("confidence") : fileConfidence;
            out.put(day, new Entry(value, b.text("ref"), conf == null ? "confirmed" : conf, v.value().location()));
        }
        if (out.isEmpty()) errors.add(obj.location(), "params.no-values", "name", name);
        return out;
    }

    private static Object value(Node n, String name, Errors errors) {
        if (n instanceof Node.Scalar s) {
            Object v = s.value();
            if (v instanceof java.math.BigInteger) {
                errors.add(n.location(), "value.out-of-range", "field", name, "value", v, "min", Long.MIN_VALUE, "max", Long.MAX_VALUE);
                return null;
            }
            return v instanceof BigDecimal d ? d : v;
        }
        if (n instanceof Node.Arr a) {
            List<String> out = new ArrayList<>();
            for (Node item : a.items()) {
                Object t = Type.TEXT.convert(item, name, errors);
                if (t != null) out.add((String) t);
            }
            return List.copyOf(out);
        }
        errors.add(n.location(), "value.wrong-type", "field", name, "expected", "type.value", "found", n.typeName());
        return null;
    }

    private static String text(Node.Obj obj, String field, Errors errors) {
        Node.Field f = obj.fields().get(field);
        return f == null ? null : (String) Type.TEXT.convert(f.value(), field, errors);
    }

    private static boolean looksLikeDate(String s) {
        return s.matches("\\d{4}-\\d{2}-\\d{2}");
    }
}
