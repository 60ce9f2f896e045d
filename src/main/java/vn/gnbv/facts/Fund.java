package vn.gnbv.facts;

import vn.gnbv.input.Location;

import java.time.LocalDate;

/**
 * A capital line of the programme (DOMAIN.md §4): plan year, origin year (earlier for money carried
 * over), budget level (null when a report gives the line across levels), kind, project code of
 * Decision 90, recipient unit, and VND planned / allocated / disbursed as of the case date.
 * disburseBy/extensionBasis: an extension's deadline and its legal basis; allocateBy: a case's own
 * allocation deadline for the line.
 */
public record Fund(String id, int planYear, int originYear, String budget, String kind, String project,
                   String unit, long planned, long allocated, long disbursed, LocalDate disburseBy,
                   String extensionBasis, LocalDate allocateBy, String allocationBasis, Location source) {}
