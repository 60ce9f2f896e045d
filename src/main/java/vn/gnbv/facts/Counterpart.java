package vn.gnbv.facts;

import vn.gnbv.input.Location;

/** Local counterpart money (vốn đối ứng) of a unit for a year: required (if stated) and allocated, VND. */
public record Counterpart(String unit, int year, Long required, long allocated, String basis, Location source) {}
