package vn.gnbv.household;

import java.util.List;

/** Household statuses from most to least deprived; the rank is the index (0 poor … 3 none). */
public final class Statuses {
    public static final List<String> ORDER = List.of("poor", "near-poor", "middle", "none");

    private Statuses() {}

    public static Integer rank(String status) {
        int i = status == null ? -1 : ORDER.indexOf(status);
        return i < 0 ? null : i;
    }
}
