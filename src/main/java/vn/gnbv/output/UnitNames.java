package vn.gnbv.output;

import java.util.Map;

/**
 * How units are named to a reader: by the name the facts give ("Trà Mai", "06 huyện nghèo"), by
 * their id only where no name is given, "Cấp tỉnh" for the province.
 */
public final class UnitNames {
    private final Map<String, String> names;
    private final Messages m;

    public UnitNames(Map<String, String> names, Messages m) {
        this.names = names;
        this.m = m;
    }

    /** A unit ("province", "district:x", "commune:y", "group:g") or a district id. */
    public String of(String unit) {
        if (unit == null) return m.text("report.no-unit");
        if (unit.equals("province")) return m.text("report.province-level");
        String n = names.get(unit);
        if (n != null) return n;
        int i = unit.indexOf(':');
        return i < 0 ? unit : unit.substring(i + 1);
    }

    /** A district id (findings carry the district as an id). */
    public String district(String id) {
        if (id == null) return m.text("report.province-level");
        String n = names.get(id);
        return n != null ? n : id;
    }
}
