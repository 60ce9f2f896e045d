package vn.gnbv.facts;

import vn.gnbv.input.Location;

/** A district (huyện) as of the case date. */
public record District(String id, String name, Boolean mountainous, Boolean poorDistrict, Location source) {}
