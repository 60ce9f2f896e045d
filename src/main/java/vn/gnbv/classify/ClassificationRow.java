package vn.gnbv.classify;

import java.util.List;

/**
 * One household's computed class (DESIGN.md "Derived results" contract), plus the numbers behind
 * it so a person can check it by hand.
 */
public record ClassificationRow(String household, String commune, String district, String status,
                                List<String> deprivations, List<String> unknownIndicators, Long incomePerCapita,
                                Long incomeLine, String area, String standard, String reason) {}
