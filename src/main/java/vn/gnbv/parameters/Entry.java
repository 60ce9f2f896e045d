package vn.gnbv.parameters;

import vn.gnbv.input.Location;

/** A value taking effect on a date; value null ends the parameter (not in force from then). */
public record Entry(Object value, String ref, String confidence, Location source) {}
