package vn.gnbv.facts;

import java.time.LocalDate;

/** A health-insurance (BHYT) card as recorded: group, state support level, validity. */
public record Card(String group, Long supportPercent, LocalDate from, LocalDate to) {

    public boolean covers(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
