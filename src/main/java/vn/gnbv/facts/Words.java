package vn.gnbv.facts;

import java.util.List;
import java.util.stream.Stream;

/** The closed lists of words of facts v1 (DESIGN.md "Facts"). */
public final class Words {
    private Words() {}

    /** The 12 indicator keys of ND 07/2021 Art. 3(1)(b), in the decree's order. */
    public static final List<String> INDICATORS = List.of("employment", "dependants", "nutrition", "healthInsurance",
            "adultEducation", "schoolAttendance", "housingQuality", "housingArea", "water", "sanitation",
            "telecom", "informationAssets");
    /**
     * Indicators a survey under ND 351/2025 (from 2027) may record besides those above: "the
     * criterion on information means has been removed, while criteria on the use of digital
     * services, internet access, and the capacity to handle domestic waste have been added"
     * (National Office for Poverty Reduction, VietNamNet, reported; the final list is not confirmed).
     */
    public static final List<String> INDICATORS_ND351_REPORTED = List.of("digitalServices", "internetAccess",
            "householdWaste");
    /** Keys a recorded deprivation list may hold: ND 07's twelve and those reported for ND 351. */
    public static final List<String> RECORDED_INDICATORS = java.util.stream.Stream.concat(INDICATORS.stream(),
            INDICATORS_ND351_REPORTED.stream()).toList();
    public static final List<String> STATUSES = List.of("poor", "near-poor", "middle", "none");
    /** The support groups of `entitlements` (DESIGN.md). */
    public static final List<String> SUPPORT_GROUPS = List.of("poor", "ethnic-minority-difficult-area",
            "extremely-difficult-area", "island", "safe-zone", "near-poor", "ethnic-minority-left-difficult",
            "trafficking-victim", "student", "middle-farm", "provincial");
    /** Card groups: a support group, or "other" for a card paid otherwise (employer, self). */
    public static final List<String> CARD_GROUPS = Stream.concat(SUPPORT_GROUPS.stream(), Stream.of("other")).toList();
    /** Projects and sub-projects of Decision 90/QĐ-TTg (18/01/2022), as codes. */
    public static final List<String> PROJECTS = List.of("1", "1.1", "1.2", "2", "3", "3.1", "3.2", "4", "4.1", "4.2",
            "4.3", "5", "6", "6.1", "6.2", "7", "7.1", "7.2");
    public static final List<String> AREA_KINDS = List.of("poor-districts", "mountain-districts", "lowland",
            "ethnic-minority");
    /** 10^15 đồng (a million billion): beyond any budget line; sums of money are checked for overflow. */
    public static final long MAX_VND = 1_000_000_000_000_000L;

    static String[] array(List<String> l) {
        return l.toArray(String[]::new);
    }
}
