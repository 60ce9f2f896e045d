package vn.gnbv.facts;

import vn.gnbv.input.Location;

/** Money a unit has to pay the insurer for a group's cards in a year (facts `insuranceFunding`). */
public record InsuranceFunding(String unit, int year, String group, long amount, String basis, String district,
                               Location source) {
    /** For rules: "unit" is a reserved word of the executable model's constraint parser. */
    public String unitId() {
        return unit;
    }


    InsuranceFunding withDistrict(String d) {
        return new InsuranceFunding(unit, year, group, amount, basis, d, source);
    }
}
