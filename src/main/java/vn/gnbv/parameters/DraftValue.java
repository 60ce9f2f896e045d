package vn.gnbv.parameters;

import vn.gnbv.input.Location;

import java.time.LocalDate;

/**
 * A value a draft (--params) gives a parameter from a date, that is not the one in force on the
 * case's date: it takes effect after that date (replacedFrom null), or a later value, in force from
 * replacedFrom, replaces it before the date. The run does not apply it; a report names it, so a
 * draft dated after the data does not pass for a draft that changes nothing.
 */
public record DraftValue(String name, LocalDate from, Object value, Location source, LocalDate replacedFrom) {
    public boolean afterTheDate() {
        return replacedFrom == null;
    }
}
