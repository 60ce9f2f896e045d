package vn.gnbv.funding;

import vn.gnbv.parameters.Param;

import java.time.LocalDate;
import java.util.List;

/**
 * A capital line's deadline: type is "allocation" or "disbursement"; basis says where it comes from
 * (the law's calendar through parameters, or the facts' own extension or override).
 */
public record FundDeadline(String fund, String type, LocalDate date, String basis, List<Param> parameters) {

    public static FundDeadline of(String fund, String type, int year, Param monthDay, Param... more) {
        var ps = new java.util.ArrayList<Param>();
        ps.add(monthDay);
        ps.addAll(List.of(more));
        return new FundDeadline(fund, type, Deadlines.date(year, monthDay.asText()), monthDay.ref(), List.copyOf(ps));
    }

    public static FundDeadline stated(String fund, String type, LocalDate date, String basis) {
        return new FundDeadline(fund, type, date, basis == null ? "facts" : basis, List.of());
    }
}
