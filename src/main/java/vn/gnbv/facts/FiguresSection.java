package vn.gnbv.facts;

import vn.gnbv.input.Bound;
import vn.gnbv.input.Errors;
import vn.gnbv.input.Shape;
import vn.gnbv.input.Suggest;
import vn.gnbv.input.Type;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * `figures`: numbers as a report states them, with at most one relation to other figures. The
 * whole section is checked: references exist, units agree, no figure depends on itself.
 */
final class FiguresSection implements Section<Figure> {
    private static final List<String> RELATIONS = List.of("sumOf", "differenceOf", "ratioOf", "sameAs");
    private static final Shape SHAPE = new Shape("figure")
            .required("id", Type.ID)
            .optional("label", Type.TEXT)
            .required("value", ReportedNumberType.INSTANCE)
            .optional("unit", Type.oneOf(Units.ALL.toArray(String[]::new)))
            .optional("precision", Type.whole(0, 12))
            .optional("sumOf", Type.listOf(Type.ID))
            .optional("differenceOf", Type.listOf(Type.ID))
            .optional("ratioOf", Type.listOf(Type.ID))
            .optional("sameAs", Type.ID)
            .optional("note", Type.TEXT);

    public String name() { return "figures"; }

    public Shape shape() { return SHAPE; }

    public boolean intoRules() { return true; }

    /** An invalid figure keeps its id (valid false), so others naming it are not told it is missing. */
    public Figure bind(Bound b, Binding x) {
        Figure f = b.valid() ? figure(b, x.errors()) : null;
        if (f == null && b.has("id")) return Figure.invalid(b.text("id"), b.location());
        return f;
    }

    private static Figure figure(Bound b, Errors errors) {
        ReportNumber n = (ReportNumber) b.get("value");
        String unit = b.text("unit");
        if (unit != null && n.unit() != null && !unit.equals(n.unit())) {
            errors.add(b.at("unit"), "figure.unit-conflict", "unit", unit, "written", n.unit());
            return null;
        }
        unit = unit != null ? unit : n.unit() != null ? n.unit() : "number";
        int precision = b.has("precision") ? b.whole("precision").intValue() : n.precision();
        List<String> present = RELATIONS.stream().filter(b::has).toList();
        if (present.size() > 1) {
            errors.add(b.at(present.get(1)), "figure.many-relations", "relations", String.join(", ", present));
            return null;
        }
        String relation = present.isEmpty() ? null : present.get(0);
        List<String> parts = relation == null ? List.of()
                : relation.equals("sameAs") ? List.of(b.text("sameAs")) : b.list(relation);
        if (relation != null && (relation.equals("differenceOf") || relation.equals("ratioOf")) && parts.size() != 2) {
            errors.add(b.at(relation), "figure.two-parts", "relation", relation, "count", parts.size());
            return null;
        }
        if ("sumOf".equals(relation) && parts.isEmpty()) {
            errors.add(b.at(relation), "figure.two-parts", "relation", relation, "count", 0);
            return null;
        }
        return new Figure(b.text("id"), b.text("label"), n.value(), unit, precision, relation, parts,
                relation == null ? b.location() : b.at(relation));
    }

    public List<Figure> finish(List<Figure> all, Case c, Errors errors) {
        Set<String> invalid = new HashSet<>();
        List<Figure> figures = new ArrayList<>();
        for (Figure f : all) {
            if (f.value() == null) invalid.add(f.id());
            else figures.add(f);
        }
        Map<String, Figure> byId = new HashMap<>();
        for (Figure f : figures) {
            Figure prev = byId.putIfAbsent(f.id(), f);
            if (prev != null) errors.add(f.source(), "id.duplicate", "kind", "figure", "id", f.id(), "first", prev.source());
        }
        boolean refsOk = true;
        for (Figure f : figures) {
            for (String p : f.parts()) {
                Figure part = byId.get(p);
                if (part == null) {
                    refsOk = false;
                    if (!invalid.contains(p)) {
                        errors.add(f.source(), "ref.dangling", "kind", "figure", "id", p, "suggestion", Suggest.closest(p, byId.keySet()));
                    }
                    continue;
                }
                boolean ratio = "ratioOf".equals(f.relation());
                Figure first = byId.get(f.parts().get(0));
                String want = ratio ? Units.kind(first == null ? part.unit() : first.unit()) : Units.kind(f.unit());
                if (!Units.kind(part.unit()).equals(want)) {
                    errors.add(f.source(), "figure.unit-kind", "id", p, "unit", part.unit(), "figure", f.id(), "expected", want);
                }
            }
        }
        if (refsOk) {
            Set<String> done = new HashSet<>();
            for (Figure f : figures) cycle(f, byId, new ArrayList<>(), done, errors);
        }
        return figures;
    }

    private static void cycle(Figure f, Map<String, Figure> byId, List<String> path, Set<String> done, Errors errors) {
        if (done.contains(f.id())) return;
        if (path.contains(f.id())) {
            List<String> loop = new ArrayList<>(path.subList(path.indexOf(f.id()), path.size()));
            loop.add(f.id());
            errors.add(f.source(), "figure.cycle", "cycle", String.join(" → ", loop));
            done.addAll(loop);
            return;
        }
        path.add(f.id());
        for (String p : f.parts()) cycle(byId.get(p), byId, path, done, errors);
        path.remove(path.size() - 1);
        done.add(f.id());
    }
}
