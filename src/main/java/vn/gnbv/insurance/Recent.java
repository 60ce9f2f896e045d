package vn.gnbv.insurance;

import java.time.LocalDate;

/** Whether an event (a recognised exit from poverty) lies within a number of months before a date. */
public final class Recent {
    private Recent() {}

    public static boolean within(LocalDate event, LocalDate asOf, int months) {
        return event != null && !event.isAfter(asOf) && asOf.isBefore(event.plusMonths(months));
    }
}
