package vn.gnbv.classify;

import java.util.List;

/**
 * One household's computed class (DESIGN.md "Derived results" contract), plus the numbers behind
 * it so a person can check it by hand, and its distance to the next class: incomeGap = income −
 * line (≤ 0 at or below the line); deprivationsToNextClass = how many more deprivations make a
 * near-poor household poor, or how many fewer make a poor one near-poor (null otherwise).
 */
public record ClassificationRow(String household, String commune, String district, String status,
                                List<String> deprivations, List<String> unknownIndicators, Long incomePerCapita,
                                Long incomeLine, String area, String standard, String reason, Long incomeGap,
                                Integer deprivationsToNextClass) {

    public ClassificationRow(String household, String commune, String district, String status, List<String> deprivations,
                             List<String> unknownIndicators, Long incomePerCapita, Long incomeLine, String area,
                             String standard, String reason) {
        this(household, commune, district, status, deprivations, unknownIndicators, incomePerCapita, incomeLine, area,
                standard, reason, null, null);
    }
}
