package vn.gnbv.facts;

import vn.gnbv.input.Location;

/** A group of areas a report gives rates for (facts `areaGroups`): unit "group:<id>". */
public record AreaGroup(String id, String name, String kind, Location source) {}
