package vn.gnbv.facts;

import vn.gnbv.input.Errors;
import vn.gnbv.input.Location;
import vn.gnbv.input.Suggest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Whole-case checks: duplicate IDs, references that point nowhere, impossible dates. */
final class FactsValidator {
    private FactsValidator() {}

    static void validate(Case c, List<PendingCheck> pending, Errors errors) {
        unique("district", c.districts(), District::id, District::source, errors);
        unique("commune", c.communes(), Commune::id, Commune::source, errors);
        unique("household", c.households(), Household::id, Household::source, errors);
        unique("member", c.households().stream().flatMap(h -> h.members().stream()).toList(),
                Member::id, Member::source, errors);
        unique("fund", c.funds(), Fund::id, Fund::source, errors);
        unique("counterpart", c.counterparts(), k -> k.unit() + " " + k.year(), Counterpart::source, errors);
        unique("insuranceFunding", c.insuranceFunding(), k -> k.unit() + " " + k.year() + " " + k.group(),
                vn.gnbv.insurance.InsuranceFunding::source, errors);
        Map<String, List<String>> known = Map.of(
                "district", c.districts().stream().map(District::id).toList(),
                "commune", c.communes().stream().map(Commune::id).toList());
        Map<String, java.util.Set<String>> sets = new HashMap<>();
        known.forEach((k, v) -> sets.put(k, new java.util.HashSet<>(v)));
        for (PendingCheck p : pending) {
            if (p instanceof PendingCheck.Reference r && !sets.get(r.kind()).contains(r.id())) {
                errors.add(r.at(), "ref.dangling", "kind", r.kind(), "id", r.id(),
                        "suggestion", Suggest.closest(r.id(), known.get(r.kind())));
            } else if (p instanceof PendingCheck.Unit u && !unitExists(u.unit(), sets)) {
                errors.add(u.at(), "ref.unit", "unit", u.unit(), "suggestion", Suggest.closest(u.unit(), units(known)));
            } else if (p instanceof PendingCheck.NotAfterAsOf d && d.date().isAfter(c.asOf())) {
                errors.add(d.at(), "value.after-as-of", "field", d.field(), "value", d.date(), "asOf", c.asOf());
            }
        }
    }

    private static boolean unitExists(String unit, Map<String, java.util.Set<String>> sets) {
        if (unit.equals("province")) return true;
        int i = unit.indexOf(':');
        if (i < 0) return false;
        java.util.Set<String> ids = sets.get(unit.substring(0, i));
        return ids != null && ids.contains(unit.substring(i + 1));
    }

    private static List<String> units(Map<String, List<String>> known) {
        var out = new java.util.ArrayList<String>();
        out.add("province");
        known.get("district").forEach(d -> out.add("district:" + d));
        known.get("commune").forEach(c -> out.add("commune:" + c));
        return out;
    }

    private static <T> void unique(String kind, List<T> items, Function<T, String> id, Function<T, Location> at,
                                   Errors errors) {
        Map<String, Location> first = new HashMap<>();
        for (T t : items) {
            Location prev = first.putIfAbsent(id.apply(t), at.apply(t));
            if (prev != null) errors.add(at.apply(t), "id.duplicate", "kind", kind, "id", id.apply(t), "first", prev);
        }
    }
}
