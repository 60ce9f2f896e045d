package vn.gnbv.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Everything one run checks: the facts of one case, merged from its files. */
public record Case(LocalDate asOf, String province, List<District> districts, List<Commune> communes,
                   List<Household> households) {

    public Map<String, District> districtsById() {
        var m = new java.util.HashMap<String, District>();
        districts.forEach(d -> m.put(d.id(), d));
        return m;
    }

    public Map<String, Commune> communesById() {
        var m = new java.util.HashMap<String, Commune>();
        communes.forEach(c -> m.put(c.id(), c));
        return m;
    }
}
