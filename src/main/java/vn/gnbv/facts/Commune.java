package vn.gnbv.facts;

import vn.gnbv.input.Location;

import java.time.LocalDate;

/**
 * A commune (xã, phường, thị trấn) and the area flags that policies key on: poorCommune is the
 * "xã nghèo" of Decree 188/2025; leftDifficultOn the day it left the list of communes with
 * difficult conditions (ethnic-minority residents keep support for a while, ND 188/2025);
 * provincialEthnicSupport marks a commune listed by the province for its own health-insurance
 * support of ethnic-minority people (Quảng Nam NQ 04/2022/NQ-HĐND).
 */
public record Commune(String id, String name, String district, Boolean urban, Boolean extremelyDifficult,
                      Boolean island, Boolean safeZone, Boolean difficultArea, Boolean poorCommune,
                      LocalDate leftDifficultOn, Boolean provincialEthnicSupport, Location source) {}
