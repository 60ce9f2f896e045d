package vn.gnbv.funding;

import vn.gnbv.parameters.Param;

import java.time.LocalDate;
import java.util.List;

/**
 * A disbursement deadline one provision gives a capital line (the annual plan's, a late addition's,
 * a carry-over's, a programme extension's). Every provision that applies is an option; the rules
 * keep the latest (each is an extension of the one before it), ties to the lower rank.
 */
public record DeadlineOption(String fund, LocalDate date, String basis, int rank, List<Param> parameters) {

    /** The deadline a month-day parameter gives in a year (year of the plan or origin plus an offset). */
    public static DeadlineOption of(String fund, int rank, int year, Param monthDay, Param... more) {
        var ps = new java.util.ArrayList<Param>();
        ps.add(monthDay);
        ps.addAll(List.of(more));
        return new DeadlineOption(fund, Deadlines.date(year, monthDay.asText()), monthDay.ref(), rank, List.copyOf(ps));
    }

    /** A deadline given as a date (a programme extension's "31/12/2026"). */
    public static DeadlineOption on(String fund, int rank, Param date) {
        return new DeadlineOption(fund, LocalDate.parse(date.asText()), date.ref(), rank, List.of(date));
    }

    public FundDeadline deadline() {
        return new FundDeadline(fund, "disbursement", date, basis, parameters);
    }
}
