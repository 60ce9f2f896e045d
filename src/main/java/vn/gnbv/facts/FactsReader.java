package vn.gnbv.facts;

import vn.gnbv.input.Bound;
import vn.gnbv.input.Errors;
import vn.gnbv.input.InputError;
import vn.gnbv.input.InputException;
import vn.gnbv.input.InputKind;
import vn.gnbv.input.Location;
import vn.gnbv.input.Suggest;
import vn.gnbv.input.Tokens;
import vn.gnbv.input.Type;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads a case (facts v1) from its documents, strictly: every error of every file is collected,
 * and nothing is returned unless the whole case loaded. Case-level sections are held; households
 * stream to a {@link HouseholdSink} as they are read, checked against the places and date read
 * before them. When the places or the date come only after the households (another file, or
 * further down), the households are read a second time against the final places; the errors of a
 * first reading that was not kept are dropped with it, so each error is reported once.
 */
public final class FactsReader {
    private final List<FactsDocument> docs;
    private final LocalDate asOfOverride;
    private final HouseholdSink sink;
    private final Errors errors = new Errors();
    /** Where households' errors go: held apart on the first reading until it is known to count. */
    private Errors householdErrors = errors;
    private final Map<Section<?>, List<Object>> raw = new LinkedHashMap<>();
    private final List<PendingCheck> pending = new ArrayList<>();
    private final IdSet ids = new IdSet();
    private LocalDate asOf;
    private Location asOfAt;
    private String province;
    private Location provinceAt;
    private boolean started, stale, sawHouseholds, skipped;
    private Case context;
    private long households, members;

    /** How many household and member records the case held. */
    public record Counts(long households, long members) {}

    private FactsReader(List<FactsDocument> docs, LocalDate asOfOverride, HouseholdSink sink) {
        this.docs = docs;
        this.asOfOverride = asOfOverride;
        this.sink = sink;
    }

    /** The case; its households went to the sink. */
    public static Loaded read(List<FactsDocument> docs, LocalDate asOfOverride, HouseholdSink sink) throws InputException {
        return new FactsReader(docs, asOfOverride, sink).run();
    }

    /** A loaded case and how many households and members streamed. */
    public record Loaded(Case facts, Counts counts) {}

    /** A small case read whole: the case and its households in order (fixtures' tools, tests). */
    public record Whole(Case facts, List<Household> households) {}

    public static Whole readWhole(List<FactsDocument> docs, LocalDate asOfOverride) throws InputException {
        List<Household> hs = new ArrayList<>();
        Loaded l = read(docs, asOfOverride, new HouseholdSink() {
            public void start(Case context) {}

            public void accept(Household h) {
                hs.add(h);
            }

            public void reset() {
                hs.clear();
            }
        });
        return new Whole(l.facts(), List.copyOf(hs));
    }

    private Loaded run() throws InputException {
        Errors firstReading = householdErrors = new Errors();
        for (FactsDocument d : docs) d.read(firstPass(), errors);
        householdErrors = errors;
        if (asOfOverride != null) asOf = asOfOverride;
        if (asOf == null && errors.isEmpty() && firstReading.isEmpty()) {
            errors.add(Location.ofFile(docs.isEmpty() ? "asOf" : docs.get(0).name()), "facts.no-as-of");
        }
        Case c = finish();
        boolean checked = started && !stale && !skipped && !changed(c);
        if (checked || !sawHouseholds) errors.addAll(firstReading.list());
        if (!checked && sawHouseholds) {
            // the households were not read, or were read against places that changed: read them (again)
            if (started) {
                sink.reset();
                ids.clear();
                households = members = 0;
            }
            context = c;
            if (errors.isEmpty()) startSink();
            // a file's own errors (its syntax, a key written twice at its top) come again: once is enough
            Set<InputError> reported = new HashSet<>(errors.list());
            Errors files = new Errors();
            for (FactsDocument d : docs) d.read(householdsOnly(), files);
            files.list().stream().filter(e -> !reported.contains(e)).forEach(errors::add);
        } else if (!started && errors.isEmpty()) {
            context = c;
            startSink();
        }
        Set<Long> suspects = ids.repeated();
        if (!suspects.isEmpty()) confirmDuplicates(suspects);
        errors.throwIfAny(InputKind.FACTS);
        return new Loaded(c, new Counts(households, members));
    }

    private void startSink() throws InputException {
        started = true;
        if (sink != null) sink.start(context);
    }

    /** Whether the places or date differ from those the households were first checked against. */
    private boolean changed(Case c) {
        return context == null || !java.util.Objects.equals(c.asOf(), context.asOf()) || !java.util.Objects.equals(c.province(), context.province())
                || c.districts().size() != context.districts().size() || c.communes().size() != context.communes().size();
    }

    private Case finish() {
        Map<Section<?>, List<?>> lists = new LinkedHashMap<>();
        Case c = new Case(asOf, province, Map.of());
        for (Section<?> s : Sections.ALL) {
            if (s.householdLevel()) continue;
            c = c.with(s, finish(s, raw.getOrDefault(s, List.of()), c));
        }
        for (PendingCheck p : pending) p.verify(c, errors);
        return c;
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> finish(Section<T> s, List<Object> items, Case c) {
        return s.finish((List<T>) (List<?>) items, c, errors);
    }

    private FactsVisitor firstPass() {
        return new FactsVisitor() {
            public void value(String key, Location keyAt, Tokens t) throws IOException {
                Section<?> s = Sections.named(key);
                if (key.equals("asOf")) readAsOf(t);
                else if (key.equals("province")) readProvince(t);
                else if (s == null) unknown(key, keyAt, t);
                else if (s.householdLevel()) firstHouseholds(t);
                else caseItems(s, t);
                if (started && s != null && (s == Sections.DISTRICTS || s == Sections.COMMUNES)
                        || started && (key.equals("asOf") || key.equals("province"))) {
                    stale = true; // the places changed under households already read
                }
            }

            public boolean wants(Section<?> s) {
                if (!s.householdLevel()) return true;
                sawHouseholds = true;
                if (speculate()) return true;
                skipped = true; // read on the second reading, with every household
                return false;
            }

            public void item(Section<?> s, Bound b, List<InputError> problems) {
                if (s.householdLevel()) {
                    householdErrors.addAll(problems);
                    if (b != null) household(b);
                } else {
                    errors.addAll(problems);
                    if (b != null) caseItem(s, b);
                }
            }

            public void empty(Location at) {
                errors.add(at, "file.empty");
            }
        };
    }

    private FactsVisitor householdsOnly() {
        return new FactsVisitor() {
            public void value(String key, Location keyAt, Tokens t) throws IOException {
                Section<?> s = Sections.named(key);
                if (s != null && s.householdLevel()) list(t, key, b -> household(b));
                else t.skip();
            }

            public boolean wants(Section<?> s) {
                return s.householdLevel();
            }

            public void item(Section<?> s, Bound b, List<InputError> problems) {
                if (!s.householdLevel()) return;
                errors.addAll(problems);
                if (b != null) household(b);
            }

            public void empty(Location at) {}
        };
    }

    /** Households met on the first reading: streamed at once when the date is known, else read later. */
    private void firstHouseholds(Tokens t) throws IOException {
        sawHouseholds = true;
        if (speculate()) {
            list(t, "households", this::household);
        } else {
            skipped = true; // read on the second reading, with every household
            t.skip();
        }
    }

    /** Starts streaming households against the places read so far, if the date is known. */
    private boolean speculate() {
        if (started) return !stale;
        LocalDate date = asOfOverride != null ? asOfOverride : asOf;
        if (date == null || !errors.isEmpty()) return false;
        Case c = new Case(date, province, Map.of(Sections.DISTRICTS, List.copyOf(raw.getOrDefault(Sections.DISTRICTS, List.of())),
                Sections.COMMUNES, List.copyOf(raw.getOrDefault(Sections.COMMUNES, List.of()))));
        context = c;
        try {
            startSink();
        } catch (InputException e) {
            errors.addAll(e.errors());
            return false;
        }
        return true;
    }

    private interface ItemReader {
        void accept(Bound b);
    }

    private void list(Tokens t, String key, ItemReader each) throws IOException {
        Section<?> s = Sections.named(key);
        Errors into = s.householdLevel() ? householdErrors : errors;
        if (t.kind() != Tokens.Kind.START_ARRAY) {
            if (!(t.kind() == Tokens.Kind.SCALAR && t.value() == null && !t.alias())) Type.wrong(t, key, "type.list", into);
            return;
        }
        while (t.next() != Tokens.Kind.END_ARRAY) {
            Bound b = s.shape().read(t, key + "[]", into);
            if (b != null) each.accept(b);
        }
    }

    private void caseItems(Section<?> s, Tokens t) throws IOException {
        list(t, s.name(), b -> caseItem(s, b));
    }

    private void caseItem(Section<?> s, Bound b) {
        Object r = s.bind(b, new Binding(errors, pending::add));
        if (r != null) raw.computeIfAbsent(s, k -> new ArrayList<>()).add(r);
    }

    private void household(Bound b) {
        Errors into = householdErrors;
        Household h = Sections.HOUSEHOLDS.bind(b, new Binding(into, c -> c.verify(context, into), context));
        if (h == null) return;
        ids.add("household", h.id());
        for (Member m : h.members()) {
            ids.add("member", m.id());
        }
        households++;
        members += h.members().size();
        if (sink != null && errors.isEmpty() && into.isEmpty()) sink.accept(h);
    }

    /**
     * Reads the households once more to name, for each identifier whose hash came twice (suspects),
     * every place it is written; an identifier written once (a hash shared by two) is no error.
     */
    private void confirmDuplicates(Set<Long> suspects) {
        Map<String, List<Location>> seen = new HashMap<>();
        Errors ignored = new Errors();
        FactsVisitor v = new FactsVisitor() {
            public void value(String key, Location keyAt, Tokens t) throws IOException {
                Section<?> s = Sections.named(key);
                if (s == null || !s.householdLevel()) {
                    t.skip();
                    return;
                }
                if (t.kind() != Tokens.Kind.START_ARRAY) return;
                while (t.next() != Tokens.Kind.END_ARRAY) {
                    Bound b = s.shape().read(t, key, ignored);
                    if (b != null) item(s, b, List.of());
                }
            }

            public boolean wants(Section<?> s) {
                return s.householdLevel();
            }

            public void item(Section<?> s, Bound b, List<InputError> problems) {
                if (b == null || !s.householdLevel()) return;
                note("household", b.text("id"), b.location());
                if (b.get("members") instanceof List<?> ms) {
                    for (Object o : ms) if (o instanceof Bound m) note("member", m.text("id"), m.location());
                }
            }

            private void note(String kind, String id, Location at) {
                if (id != null && suspects.contains(IdSet.hash(kind, id))) seen.computeIfAbsent(kind + "\u0000" + id, k -> new ArrayList<>()).add(at);
            }

            public void empty(Location at) {}
        };
        for (FactsDocument d : docs) d.read(v, ignored);
        for (var e : seen.entrySet()) {
            List<Location> at = e.getValue();
            String[] k = e.getKey().split("\u0000", 2);
            for (int i = 1; i < at.size(); i++) {
                // in a table, a household's rows that come back after another household's
                String code = k[0].equals("household") && sameTable(at.get(0), at.get(i)) ? "rows.not-together" : "id.duplicate";
                errors.add(at.get(i), code, "kind", k[0], "id", k[1], "first", at.get(0));
            }
        }
    }

    /** Whether two places are in one table file (the sheets of one workbook, or one CSV file). */
    private static boolean sameTable(Location a, Location b) {
        return a.inTable() && b.inTable() && a.table().equals(b.table());
    }

    private void unknown(String key, Location keyAt, Tokens t) throws IOException {
        errors.add(keyAt, key.equals("<<") ? "yaml.merge-key" : "field.unknown", "field", key, "object", "facts",
                "suggestion", Suggest.closest(key, Sections.keys()), "allowed", String.join(", ", Sections.keys()));
        t.skip();
    }

    private void readAsOf(Tokens t) throws IOException {
        Location at = t.location();
        Object v = Type.DATE.read(t, "asOf", errors);
        if (v == null) return;
        if (asOf != null && !asOf.equals(v)) {
            errors.add(at, "facts.as-of-conflict", "value", v, "other", asOf, "otherAt", asOfAt);
            return;
        }
        asOf = (LocalDate) v;
        asOfAt = at;
    }

    private void readProvince(Tokens t) throws IOException {
        Location at = t.location();
        Object v = Type.TEXT.read(t, "province", errors);
        if (v == null) return;
        if (province != null && !province.equals(v)) {
            errors.add(at, "facts.province-conflict", "value", v, "other", province, "otherAt", provinceAt);
            return;
        }
        province = (String) v;
        provinceAt = at;
    }
}
