package vn.gnbv.household;

/**
 * The state of one indicator used for classification: state is deprived | not-deprived | unknown;
 * basis is derived (raw data) | recorded (the survey's list) | none.
 */
public record IndicatorState(String household, String key, String state, String basis) {}
