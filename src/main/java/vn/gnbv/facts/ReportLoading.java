package vn.gnbv.facts;

import vn.gnbv.input.Bound;
import vn.gnbv.input.Errors;
import vn.gnbv.input.Location;
import vn.gnbv.input.Suggest;
import vn.gnbv.report.Figure;
import vn.gnbv.report.PovertyRate;
import vn.gnbv.report.ReportNumber;
import vn.gnbv.report.Units;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Loading of report facts: figures (units, relations, cycles) and poverty rates (units, kinds). */
final class ReportLoading {
    private static final List<String> RELATIONS = List.of("sumOf", "differenceOf", "ratioOf", "sameAs");

    private ReportLoading() {}

    static Figure figure(Bound b, Errors errors) {
        ReportNumber n = (ReportNumber) b.values().get("value");
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

    /** References exist, units agree, no figure depends on itself. */
    static void checkFigures(List<Figure> figures, Set<String> invalid, Errors errors) {
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
                    if (invalid.contains(p)) continue;
                    errors.add(f.source(), "ref.dangling", "kind", "figure", "id", p, "suggestion", Suggest.closest(p, byId.keySet()));
                    continue;
                }
                boolean ratio = "ratioOf".equals(f.relation());
                String want = ratio ? Units.kind(byId.get(f.parts().get(0)) == null ? part.unit() : byId.get(f.parts().get(0)).unit())
                        : Units.kind(f.unit());
                if (!Units.kind(part.unit()).equals(want)) {
                    errors.add(f.source(), "figure.unit-kind", "id", p, "unit", part.unit(), "figure", f.id(), "expected", want);
                }
            }
        }
        if (!refsOk) return;
        Set<String> done = new HashSet<>();
        for (Figure f : figures) cycle(f, byId, new ArrayList<>(), done, errors);
    }

    private static void cycle(Figure f, Map<String, Figure> byId, List<String> path, Set<String> done, Errors errors) {
        if (done.contains(f.id())) return;
        if (path.contains(f.id())) {
            List<String> loop = new ArrayList<>(path.subList(path.indexOf(f.id()), path.size()));
            loop.add(f.id());
            errors.add(f.source(), "figure.cycle", "cycle", String.join(" → ", loop));
            loop.forEach(done::add);
            return;
        }
        path.add(f.id());
        for (String p : f.parts()) cycle(byId.get(p), byId, path, done, errors);
        path.remove(path.size() - 1);
        done.add(f.id());
    }

    /** Poverty rates with their kind: from the area group, the district's flags, or the unit itself. */
    static List<PovertyRate> povertyRates(List<Bound> rates, Case c, Errors errors) {
        Map<String, String> groupKinds = new HashMap<>();
        c.areaGroups().forEach(g -> groupKinds.put("group:" + g.id(), g.kind()));
        Map<String, Location> seen = new HashMap<>();
        List<PovertyRate> out = new ArrayList<>();
        var districts = c.districtsById();
        var communes = c.communesById();
        for (Bound b : rates) {
            String unit = b.text("unit");
            String kind = null;
            if (unit.equals("province")) kind = "province";
            else if (unit.startsWith("group:")) kind = groupKinds.get(unit);
            else if (unit.startsWith("district:") && districts.containsKey(unit.substring(9))) {
                kind = Boolean.TRUE.equals(districts.get(unit.substring(9)).poorDistrict()) ? "poor-districts" : "district";
            } else if (unit.startsWith("commune:") && communes.containsKey(unit.substring(8))) kind = "commune";
            if (kind == null) {
                List<String> known = new ArrayList<>(groupKinds.keySet());
                known.add("province");
                errors.add(b.at("unit"), "ref.unit", "unit", unit, "suggestion", Suggest.closest(unit, known));
                continue;
            }
            Location prev = seen.putIfAbsent(unit + " " + b.whole("year"), b.location());
            if (prev != null) {
                errors.add(b.location(), "id.duplicate", "kind", "povertyRate", "id", unit + " " + b.whole("year"), "first", prev);
                continue;
            }
            ReportNumber r = (ReportNumber) b.values().get("rate");
            if (r.unit() != null && !r.unit().equals("percent")) {
                errors.add(b.at("rate"), "figure.unit-conflict", "unit", "percent", "written", r.unit());
                continue;
            }
            out.add(new PovertyRate(unit, kind, b.whole("year").intValue(), r.value(), r.precision(),
                    b.whole("poorHouseholds"), b.whole("totalHouseholds"), b.whole("fellBack"), b.whole("newlyPoor"),
                    b.location()));
        }
        return out;
    }
}
