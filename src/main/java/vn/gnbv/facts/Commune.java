package vn.gnbv.facts;

import vn.gnbv.input.Location;

/**
 * A commune (xã, phường, thị trấn) and the area flags that policies key on; poorCommune is the
 * "xã nghèo" of Decree 188/2025 (health insurance for near-poor households from 01/07/2025).
 */
public record Commune(String id, String name, String district, Boolean urban, Boolean extremelyDifficult,
                      Boolean island, Boolean safeZone, Boolean difficultArea, Boolean poorCommune,
                      Location source) {

    /** Bean getter for rules: Drools reads a record accessor named is… as a property without "is". */
    public Boolean getIsland() {
        return island;
    }
}
