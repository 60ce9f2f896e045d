package vn.gnbv.household;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Household statuses from most to least deprived; the rank is the index (0 poor … 3 none). */
public final class Statuses {
    public static final List<String> ORDER = List.of("poor", "near-poor", "middle", "none");

    private Statuses() {}

    /** The status the rules computed for each household of a batch; a household without one is "undetermined". */
    public static Map<String, String> computed(List<HouseholdStatus> statuses) {
        Map<String, String> m = new HashMap<>();
        for (HouseholdStatus s : statuses) m.put(s.household(), s.status());
        return m;
    }

    public static String of(Map<String, String> computed, String household) {
        return computed.getOrDefault(household, "undetermined");
    }

    public static Integer rank(String status) {
        int i = status == null ? -1 : ORDER.indexOf(status);
        return i < 0 ? null : i;
    }
}
