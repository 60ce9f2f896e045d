package vn.gnbv.facts;

import java.math.BigDecimal;

/** Raw dwelling data: durable (ND 07 indicator 7) and floor area in m² (indicator 8). */
public record Dwelling(Boolean exists, Boolean durable, BigDecimal floorArea) {}
