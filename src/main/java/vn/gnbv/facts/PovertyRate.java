package vn.gnbv.facts;

import vn.gnbv.input.Location;

import java.math.BigDecimal;

/**
 * A multidimensional poverty rate of a unit in a year (facts `povertyRates`), in percent as written
 * (precision = decimals), with the households behind it and the fallen-back / newly poor counts
 * when the report gives them. kind: province | district | commune | poor-districts |
 * mountain-districts | lowland | ethnic-minority (from the unit, or the area group's kind).
 */
public record PovertyRate(String unit, String kind, int year, BigDecimal rate, int precision, Long poorHouseholds,
                          Long totalHouseholds, Long fellBack, Long newlyPoor, String district, Location source,
                          Location unitAt) {
    /** Households that fell back into poverty plus those newly poor (a count not given is 0). */
    public long fellBackAndNewlyPoor() {
        return (fellBack == null ? 0 : fellBack) + (newlyPoor == null ? 0 : newlyPoor);
    }

    /** For rules: "unit" is a reserved word of the executable model's constraint parser. */
    public String unitId() {
        return unit;
    }


    PovertyRate withKind(String k, String d) {
        return new PovertyRate(unit, k, year, rate, precision, poorHouseholds, totalHouseholds, fellBack, newlyPoor,
                d, source, unitAt);
    }
}
