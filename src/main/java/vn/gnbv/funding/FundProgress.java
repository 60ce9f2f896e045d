package vn.gnbv.funding;

import vn.gnbv.facts.Fund;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Disbursement pace of a line before its deadline, from 1 January of the plan year: days elapsed
 * and in all (both inclusive), VND disbursed per day so far and needed per day to finish, and the
 * amount the line reaches by the deadline at the pace so far.
 */
public record FundProgress(String fund, LocalDate start, LocalDate deadline, long elapsedDays, long totalDays,
                           long remainingDays, long pacePerDay, long neededPerDay, long projected) {

    public static FundProgress of(Fund f, LocalDate deadline, LocalDate asOf) {
        LocalDate start = LocalDate.of(f.planYear(), 1, 1);
        long elapsed = Math.max(1, ChronoUnit.DAYS.between(start, asOf) + 1);
        long total = Math.max(elapsed, ChronoUnit.DAYS.between(start, deadline) + 1);
        long remaining = total - elapsed;
        long left = f.allocated() - f.disbursed();
        long pace = f.disbursed() / elapsed;
        long needed = remaining == 0 ? left : ceilDiv(left, remaining);
        long projected = Math.min(f.allocated(), Math.multiplyExact(f.disbursed(), total) / elapsed);
        return new FundProgress(f.id(), start, deadline, elapsed, total, remaining, pace, needed, projected);
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
