package vn.gnbv.findings;

import java.util.Comparator;

/**
 * The one order of findings in every output: district, unit, then errors first, the most money
 * first, rule, subject, values.
 */
public final class FindingOrder {
    private FindingOrder() {}

    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> nz(f.district()))
            .thenComparing(f -> nz(f.unit()))
            .thenComparing(f -> Severity.of(f.severity()), Comparator.reverseOrder())
            .thenComparing(f -> f.amount() == null ? 0L : f.amount(), Comparator.reverseOrder())
            .thenComparing(Finding::rule)
            .thenComparing(Finding::subject)
            .thenComparing(f -> String.valueOf(f.values()));

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
