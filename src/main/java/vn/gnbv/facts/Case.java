package vn.gnbv.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Everything one run checks: the facts of one case, merged from its files. */
public record Case(LocalDate asOf, String province, List<District> districts, List<Commune> communes,
                   List<Household> households, List<Fund> funds, List<Counterpart> counterparts,
                   List<vn.gnbv.insurance.InsuranceFunding> insuranceFunding, List<vn.gnbv.report.Figure> figures,
                   List<vn.gnbv.report.AreaGroup> areaGroups, List<vn.gnbv.report.PovertyRate> povertyRates,
                   List<vn.gnbv.report.Staffing> staffing) {

    /** The district of every unit ("district:x" → x, "commune:y" → y's district); build once, look up often. */
    public Map<String, String> unitDistricts() {
        var m = new java.util.HashMap<String, String>();
        districts.forEach(d -> m.put("district:" + d.id(), d.id()));
        communes.forEach(c -> m.put("commune:" + c.id(), c.district()));
        return m;
    }

    /** Names to show for district ids and "commune:<id>" units, where the facts give them. */
    public Map<String, String> displayNames() {
        var m = new java.util.HashMap<String, String>();
        districts.forEach(d -> { if (d.name() != null) m.put(d.id(), d.name()); });
        communes.forEach(c -> { if (c.name() != null) m.put("commune:" + c.id(), c.name()); });
        return m;
    }

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
