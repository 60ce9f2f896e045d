package vn.gnbv.insurance;

import java.util.List;

/**
 * Health-insurance support groups (DESIGN.md "Derived results": entitlements). The order breaks
 * ties between groups of the same support level, so a person's group is always the same one.
 */
public final class Groups {
    public static final List<String> ORDER = List.of("poor", "ethnic-minority-difficult-area",
            "extremely-difficult-area", "island", "safe-zone", "near-poor", "ethnic-minority-left-difficult",
            "trafficking-victim", "student", "middle-farm", "provincial");

    private Groups() {}

    public static int rank(String group) {
        int i = ORDER.indexOf(group);
        return i < 0 ? ORDER.size() : i;
    }
}
