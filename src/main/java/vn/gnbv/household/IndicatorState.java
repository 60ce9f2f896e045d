package vn.gnbv.household;

import vn.gnbv.parameters.Param;

import java.util.List;

/**
 * The state of one indicator counted for a household: state is deprived | not-deprived | unknown;
 * basis is derived (raw member and dwelling data) | recorded (the survey's list) | none; parameters
 * are the thresholds a derivation used.
 */
public record IndicatorState(String household, String key, String state, String basis, List<Param> parameters) {

    public static IndicatorState derived(String household, String key, boolean deprived, Param... used) {
        return new IndicatorState(household, key, deprived ? "deprived" : "not-deprived", "derived", List.of(used));
    }

    public static IndicatorState recorded(String household, String key, boolean deprived) {
        return new IndicatorState(household, key, deprived ? "deprived" : "not-deprived", "recorded", List.of());
    }

    public static IndicatorState unknown(String household, String key) {
        return new IndicatorState(household, key, "unknown", "none", List.of());
    }

    public boolean deprived() {
        return state.equals("deprived");
    }
}
