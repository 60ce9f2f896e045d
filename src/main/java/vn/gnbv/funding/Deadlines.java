package vn.gnbv.funding;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;

/** Date arithmetic for deadlines: a month-day parameter ("01-31") in a year; days between dates. */
public final class Deadlines {
    private Deadlines() {}

    public static LocalDate date(int year, String monthDay) {
        return MonthDay.parse("--" + monthDay).atYear(year);
    }

    /** Days from a deadline to the case date (positive when late). */
    public static long daysAfter(LocalDate deadline, LocalDate asOf) {
        return ChronoUnit.DAYS.between(deadline, asOf);
    }
}
