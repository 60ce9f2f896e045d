package vn.gnbv.facts;

import vn.gnbv.input.Location;

/** A commune (xã, phường, thị trấn) and the area flags that policies key on. */
public record Commune(String id, String name, String district, Boolean urban, Boolean extremelyDifficult,
                      Boolean island, Boolean safeZone, Boolean difficultArea, Location source) {}
