package vn.gnbv.insurance;

import vn.gnbv.facts.Words;

import java.util.List;

/**
 * Health-insurance support groups (DESIGN.md "Derived results": entitlements), in the order facts v1
 * lists them ({@link Words#SUPPORT_GROUPS}). The order breaks ties between groups of the same
 * support level, so a person's group is always the same one.
 */
public final class Groups {
    public static final List<String> ORDER = Words.SUPPORT_GROUPS;

    private Groups() {}

    public static int rank(String group) {
        int i = ORDER.indexOf(group);
        return i < 0 ? ORDER.size() : i;
    }
}
