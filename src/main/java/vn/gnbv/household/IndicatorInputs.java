package vn.gnbv.household;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The facts fields each indicator's derivation reads (indicators-nd07.drl), so a "data missing"
 * finding can name what to collect. The alternative is always the survey's `deprivations` list.
 */
public final class IndicatorInputs {
    private static final Map<String, List<String>> FIELDS = Map.ofEntries(
            Map.entry("employment", List.of("members[].birthDate", "members[].sex", "members[].work")),
            Map.entry("dependants", List.of("members[].birthDate", "members[].severeDisability")),
            Map.entry("nutrition", List.of("members[].birthDate", "members[].malnourished")),
            Map.entry("healthInsurance", List.of("members[].birthDate", "members[].insured")),
            Map.entry("adultEducation", List.of("members[].birthDate", "members[].education", "members[].inTraining")),
            Map.entry("schoolAttendance", List.of("members[].birthDate", "members[].attendingSchool")),
            Map.entry("housingQuality", List.of("dwelling.durable")),
            Map.entry("housingArea", List.of("dwelling.floorArea", "members")),
            Map.entry("water", List.of("cleanWater")),
            Map.entry("sanitation", List.of("hygienicLatrine")),
            Map.entry("telecom", List.of("internet")),
            Map.entry("informationAssets", List.of("informationAssets")));

    private IndicatorInputs() {}

    /** The fields that would decide these indicators, sorted, each once; plus the survey list. */
    public static List<String> fieldsFor(List<?> indicators) {
        TreeSet<String> out = new TreeSet<>();
        for (Object k : indicators) out.addAll(FIELDS.getOrDefault(String.valueOf(k), List.of()));
        out.add("deprivations");
        return List.copyOf(out);
    }
}
