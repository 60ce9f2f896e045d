package vn.gnbv.facts;

import vn.gnbv.input.Location;

/** Local counterpart money (vốn đối ứng) of a unit for a year: required (if stated) and allocated, VND. */
public record Counterpart(String unit, int year, Long required, long allocated, String basis, String district,
                          Location source) {
    /** For rules: "unit" is a reserved word of the executable model's constraint parser. */
    public String unitId() {
        return unit;
    }


    Counterpart withDistrict(String d) {
        return new Counterpart(unit, year, required, allocated, basis, d, source);
    }
}
