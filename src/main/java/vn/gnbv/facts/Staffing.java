package vn.gnbv.facts;

import vn.gnbv.input.Location;

/** Poverty-reduction officers of a unit (facts `staffing`). */
public record Staffing(String unit, long povertyStaff, Location source) {}
