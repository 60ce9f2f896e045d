package vn.gnbv.household;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One household's computed class (DESIGN.md "Derived results" contract), beside the status the
 * commune recorded, with the numbers behind it so a person can check it by hand, and its distance
 * to the next class: incomeGap = income − line (≤ 0 at or below the line); deprivationsToNextClass =
 * how many more deprivations make a near-poor household poor, or how many fewer make a poor one
 * near-poor (null otherwise).
 */
public record ClassificationRow(String household, String head, String commune, String district, String recordedStatus,
                                String status, List<String> deprivations, List<String> unknownIndicators,
                                Long incomePerCapita, Long incomeLine, String area, String standard, String reason,
                                Long incomeGap, Integer deprivationsToNextClass) {
    public static final List<String> COLUMNS = List.of("household", "head", "commune", "district", "recordedStatus",
            "status", "deprivations", "unknownIndicators", "incomePerCapita", "incomeLine", "area", "standard", "reason",
            "incomeGap", "deprivationsToNextClass");

    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("household", household);
        m.put("head", head);
        m.put("commune", commune);
        m.put("district", district);
        m.put("recordedStatus", recordedStatus);
        m.put("status", status);
        m.put("deprivations", deprivations);
        m.put("unknownIndicators", unknownIndicators);
        m.put("incomePerCapita", incomePerCapita);
        m.put("incomeLine", incomeLine);
        m.put("area", area);
        m.put("standard", standard);
        m.put("reason", reason);
        m.put("incomeGap", incomeGap);
        m.put("deprivationsToNextClass", deprivationsToNextClass);
        return m;
    }
}
