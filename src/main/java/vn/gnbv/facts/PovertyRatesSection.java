package vn.gnbv.facts;

import vn.gnbv.input.Bound;
import vn.gnbv.input.Errors;
import vn.gnbv.input.Location;
import vn.gnbv.input.Shape;
import vn.gnbv.input.Suggest;
import vn.gnbv.input.Type;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * `povertyRates`: a unit's multidimensional poverty rate in a year. Its kind (which target applies)
 * comes from the unit: the province, an area group's kind, a district's poorDistrict flag.
 */
final class PovertyRatesSection implements Section<PovertyRate> {
    private static final Shape SHAPE = new Shape("povertyRate")
            .required("unit", Type.TEXT)
            .required("year", Type.whole(2000, 2100))
            .required("rate", ReportedNumberType.INSTANCE)
            .optional("poorHouseholds", Type.whole(0, Long.MAX_VALUE))
            .optional("totalHouseholds", Type.whole(0, Long.MAX_VALUE))
            .optional("fellBack", Type.whole(0, Long.MAX_VALUE))
            .optional("newlyPoor", Type.whole(0, Long.MAX_VALUE))
            .optional("note", Type.TEXT);

    public String name() { return "povertyRates"; }

    public Shape shape() { return SHAPE; }

    public boolean intoRules() { return true; }

    public PovertyRate bind(Bound b, Binding x) {
        if (!b.valid()) return null;
        ReportNumber r = (ReportNumber) b.get("rate");
        if (r.unit() != null && !r.unit().equals("percent")) {
            x.errors().add(b.at("rate"), "figure.unit-conflict", "unit", "percent", "written", r.unit());
            return null;
        }
        return new PovertyRate(b.text("unit"), null, b.whole("year").intValue(), r.value(), r.precision(),
                b.whole("poorHouseholds"), b.whole("totalHouseholds"), b.whole("fellBack"), b.whole("newlyPoor"),
                null, b.location(), b.at("unit"));
    }

    public List<PovertyRate> finish(List<PovertyRate> rates, Case c, Errors errors) {
        Map<String, String> groupKinds = new HashMap<>();
        c.get(Sections.AREA_GROUPS).forEach(g -> groupKinds.put("group:" + g.id(), g.kind()));
        Map<String, Location> seen = new HashMap<>();
        List<PovertyRate> out = new ArrayList<>();
        for (PovertyRate r : rates) {
            String unit = r.unit(), kind = null;
            if (unit.equals("province")) kind = "province";
            else if (unit.startsWith("group:")) kind = groupKinds.get(unit);
            else if (unit.startsWith("district:") && c.districts().containsKey(unit.substring(9))) {
                kind = Boolean.TRUE.equals(c.districts().get(unit.substring(9)).poorDistrict()) ? "poor-districts" : "district";
            } else if (unit.startsWith("commune:") && c.communes().containsKey(unit.substring(8))) kind = "commune";
            if (kind == null) {
                List<String> known = new ArrayList<>(groupKinds.keySet());
                known.addAll(c.units());
                errors.add(r.unitAt(), "ref.unit", "unit", unit, "suggestion", Suggest.closest(unit, known));
                continue;
            }
            Location prev = seen.putIfAbsent(unit + " " + r.year(), r.source());
            if (prev != null) {
                errors.add(r.source(), "id.duplicate", "kind", "povertyRate", "id", unit + " " + r.year(), "first", prev);
                continue;
            }
            out.add(r.withKind(kind, c.districtOf(unit)));
        }
        return out;
    }
}
