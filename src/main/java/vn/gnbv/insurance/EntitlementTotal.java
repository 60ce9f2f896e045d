package vn.gnbv.insurance;

/**
 * The yearly state share of health insurance for the people entitled in one group and unit
 * (commune, district or province), summed in Java after every batch: 12 × the monthly share on
 * the case date (a base-salary change within the year is not prorated).
 */
public record EntitlementTotal(String unit, String group, long people, long yearlyStateShare) {
    /** For rules: "unit" is a reserved word of the executable model's constraint parser. */
    public String unitId() {
        return unit;
    }
}
