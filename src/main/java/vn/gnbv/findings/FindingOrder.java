package vn.gnbv.findings;

import java.util.Comparator;

/** The one order of findings in every output: district, commune/unit, rule, subject, then source. */
public final class FindingOrder {
    private FindingOrder() {}

    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> nz(f.district()))
            .thenComparing(f -> nz(f.unit()))
            .thenComparing(Finding::rule)
            .thenComparing(Finding::subject)
            .thenComparing(f -> String.valueOf(f.values()));

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
