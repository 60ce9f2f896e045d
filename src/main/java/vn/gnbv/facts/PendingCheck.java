package vn.gnbv.facts;

import vn.gnbv.input.Location;

import java.time.LocalDate;

/** A check that can only be made once every file of the case is read. */
sealed interface PendingCheck {
    /** kind is "district" or "commune": the id must exist in the case. */
    record Reference(String kind, String id, Location at) implements PendingCheck {}

    /** A unit reference: "province", "district:<id>" or "commune:<id>" of the case. */
    record Unit(String unit, Location at) implements PendingCheck {}

    /** A date that cannot lie after the case date (a birth, a recognised exit from poverty). */
    record NotAfterAsOf(String field, LocalDate date, Location at) implements PendingCheck {}
}
