package vn.gnbv.household;

import vn.gnbv.parameters.Param;

/**
 * A household's income against the income line of its area, derived once (the classification
 * rules match it): at or below the line or above it, with the line used.
 */
public record IncomeTest(String household, String area, long income, boolean atOrBelow, Param line) {

    public long lineValue() {
        return line.longValue();
    }
}
