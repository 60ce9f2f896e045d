package vn.gnbv.household;

import java.util.List;

/**
 * Education levels of facts v1 in increasing order. A vocational qualification is ranked with
 * upper-secondary: ND 07/2021 Annex counts "bằng cấp, chứng chỉ giáo dục đào tạo" alike.
 */
public final class EducationLevels {
    private static final List<String> ORDER = List.of("none", "primary", "lower-secondary", "upper-secondary");

    private EducationLevels() {}

    /** Rank of a level word; -1 for an unknown word. */
    public static int rank(String level) {
        if (level == null) return -1;
        return switch (level) {
            case "vocational" -> 3;
            case "higher" -> 4;
            default -> ORDER.indexOf(level);
        };
    }
}
