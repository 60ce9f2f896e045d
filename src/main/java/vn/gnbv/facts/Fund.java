package vn.gnbv.facts;

import vn.gnbv.input.Location;

import java.time.LocalDate;

/**
 * A capital line of the programme (DOMAIN.md §4): plan year, origin year (earlier for money carried
 * over), budget level (null when a report gives the line across levels), kind, project code of
 * Decision 90, recipient unit, and VND planned / allocated / disbursed as of the case date.
 * addedOn: the day the money was added to the plan (Law 58/2024 Art. 72: money added after 30/09
 * may be disbursed to the end of the next year); disburseBy/extensionBasis: an extension's
 * deadline and its legal basis; allocateBy: a case's own allocation deadline for the line;
 * district: the district of the unit (null for the province).
 */
public record Fund(String id, int planYear, int originYear, String budget, String kind, String project,
                   String unit, long planned, long allocated, long disbursed, LocalDate addedOn, LocalDate disburseBy,
                   String extensionBasis, LocalDate allocateBy, String allocationBasis, String district,
                   Location source) {
    /** For rules: "unit" is a reserved word of the executable model's constraint parser. */
    public String unitId() {
        return unit;
    }

    /** The plan year as a parameter key (a programme extension is keyed by the plan year it extends). */
    public String planYearKey() {
        return String.valueOf(planYear);
    }

    /** Whether the money was added to the plan after a month-day ("09-30") of the plan year. */
    public boolean addedAfter(String monthDay) {
        return addedOn != null && addedOn.isAfter(java.time.MonthDay.parse("--" + monthDay).atYear(planYear));
    }


    /** The line with the district of its unit (null for the province), once the places are known. */
    Fund withDistrict(String d) {
        return new Fund(id, planYear, originYear, budget, kind, project, unit, planned, allocated, disbursed, addedOn,
                disburseBy, extensionBasis, allocateBy, allocationBasis, d, source);
    }
}
