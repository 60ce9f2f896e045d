package vn.gnbv.funding;

import vn.gnbv.parameters.Param;

import java.util.List;

/** The counterpart money a unit must put up for a year: as stated in the facts, or by a ratio parameter. */
public record CounterpartRequirement(String unit, int year, long required, String basis, List<Param> parameters) {
    /** For rules: "unit" is a reserved word of the executable model's constraint parser. */
    public String unitId() {
        return unit;
    }
}
