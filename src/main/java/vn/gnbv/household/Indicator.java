package vn.gnbv.household;

/** An indicator key counted under the standard in force (from parameter household.indicators). */
public record Indicator(String key) {}
