package vn.gnbv.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The case as a whole, without its households (which stream): the date the facts describe, the
 * province, and every case-level section's records, with indexes of places built once.
 */
public final class Case {
    private final LocalDate asOf;
    private final String province;
    private final Map<Section<?>, List<?>> lists;
    private final Map<String, District> districts = new LinkedHashMap<>();
    private final Map<String, Commune> communes = new LinkedHashMap<>();
    private final Map<String, String> unitDistricts = new HashMap<>();

    public Case(LocalDate asOf, String province, Map<Section<?>, List<?>> lists) {
        this.asOf = asOf;
        this.province = province;
        this.lists = Collections.unmodifiableMap(new LinkedHashMap<>(lists));
        for (District d : get(Sections.DISTRICTS)) {
            districts.putIfAbsent(d.id(), d);
            unitDistricts.put("district:" + d.id(), d.id());
        }
        for (Commune c : get(Sections.COMMUNES)) {
            communes.putIfAbsent(c.id(), c);
            unitDistricts.put("commune:" + c.id(), c.district());
        }
    }

    public LocalDate asOf() {
        return asOf;
    }

    public String province() {
        return province;
    }

    /** The records of a case-level section (empty when the facts have none). */
    @SuppressWarnings("unchecked")
    public <T> List<T> get(Section<T> s) {
        return (List<T>) lists.getOrDefault(s, List.of());
    }

    public Case with(Section<?> s, List<?> items) {
        Map<Section<?>, List<?>> m = new LinkedHashMap<>(lists);
        m.put(s, List.copyOf(items));
        return new Case(asOf, province, m);
    }

    public Case withAsOf(LocalDate date) {
        return new Case(date, province, lists);
    }

    public Map<String, District> districts() {
        return districts;
    }

    public Map<String, Commune> communes() {
        return communes;
    }

    /** The district id of a unit ("district:x" → x, "commune:y" → y's district); null for the province. */
    public String districtOf(String unit) {
        return unit == null ? null : unitDistricts.get(unit);
    }

    public boolean unitExists(String unit) {
        return unit.equals("province") || unitDistricts.containsKey(unit);
    }

    /** Every unit of the case, for "did you mean". */
    public List<String> units() {
        List<String> out = new ArrayList<>();
        out.add("province");
        districts.keySet().forEach(d -> out.add("district:" + d));
        communes.keySet().forEach(c -> out.add("commune:" + c));
        return out;
    }

    /** Names to show for district ids and "commune:<id>"/"district:<id>" units, where the facts give them. */
    public Map<String, String> displayNames() {
        Map<String, String> m = new HashMap<>();
        districts.values().forEach(d -> {
            if (d.name() != null) {
                m.put(d.id(), d.name());
                m.put("district:" + d.id(), d.name());
            }
        });
        communes.values().forEach(c -> { if (c.name() != null) m.put("commune:" + c.id(), c.name()); });
        get(Sections.AREA_GROUPS).forEach(g -> { if (g.name() != null) m.put("group:" + g.id(), g.name()); });
        return m;
    }
}
