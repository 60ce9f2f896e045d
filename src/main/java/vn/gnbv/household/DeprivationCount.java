package vn.gnbv.household;

import java.util.List;

/**
 * How many indicators a household is deprived of, and how many are unknown, over the indicators in
 * force; or, where no indicator list is in force, the survey's recorded list as it stands (basis
 * "recorded-list").
 */
public record DeprivationCount(String household, int deprived, int unknown, String basis) {

    /** Counts the states collected over the indicators in force. */
    public static DeprivationCount of(String household, List<?> states) {
        int d = 0, u = 0;
        for (Object s : states) {
            if ("deprived".equals(s)) d++;
            else if ("unknown".equals(s)) u++;
        }
        return new DeprivationCount(household, d, u, "indicators");
    }

    public static DeprivationCount recordedList(HouseholdFact h) {
        return new DeprivationCount(h.id(), h.recordedCount(), 0, "recorded-list");
    }
}
