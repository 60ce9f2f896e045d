package vn.gnbv.household;

import vn.gnbv.parameters.Param;

import java.util.List;

/** An indicator decided from raw member and dwelling data, with the thresholds it used. */
public record DerivedIndicator(String household, String key, boolean deprived, List<Param> parameters) {

    public DerivedIndicator(String household, String key, boolean deprived, Param... used) {
        this(household, key, deprived, List.of(used));
    }
}
