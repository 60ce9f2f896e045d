package vn.gnbv.household;

import vn.gnbv.input.Location;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A household as the rules see it: the recorded data, its members, the flags of its commune and
 * district (copied here so a batch needs no place facts), and numbers computed in Java before
 * insert (area from the commune, floor area per person, counts: members, and members without a
 * birth date, whose age the rules cannot know). Null means "not given". indicators is the one
 * mutable part: the indicator rules' states for this household in one session, given by the session
 * ({@link #forSession}: a fresh one each time; null before).
 */
public record HouseholdFact(String id, String commune, String district, String head, String area, Long income,
                            String recordedStatus, Integer recordedRank, List<String> recordedDeprivations,
                            Boolean agricultural, LocalDate exitedPovertyOn, LocalDate exitedNearPovertyOn,
                            int memberCount, int membersWithoutAge, Boolean dwellingExists, Boolean durable,
                            BigDecimal floorAreaPerPerson, Boolean cleanWater, Boolean hygienicLatrine,
                            Boolean internet, Integer informationAssetCount,
                            Boolean extremelyDifficultArea, Boolean difficultArea, Boolean onIsland,
                            Boolean safeZone, Boolean poorCommune, Boolean poorDistrict, LocalDate communeLeftDifficultOn,
                            Boolean provincialEthnicSupport, List<MemberFact> members, Location source, IndicatorRecord indicators) {

    /** The same household with an empty indicator record, for one session (a batch is checked once per scenario). */
    public HouseholdFact forSession() {
        return new HouseholdFact(id, commune, district, head, area, income, recordedStatus, recordedRank, recordedDeprivations,
                agricultural, exitedPovertyOn, exitedNearPovertyOn, memberCount, membersWithoutAge, dwellingExists, durable,
                floorAreaPerPerson, cleanWater, hygienicLatrine, internet, informationAssetCount, extremelyDifficultArea,
                difficultArea, onIsland, safeZone, poorCommune, poorDistrict, communeLeftDifficultOn, provincialEthnicSupport,
                members, source, new IndicatorRecord());
    }

    public boolean recorded(String indicator) {
        return recordedDeprivations != null && recordedDeprivations.contains(indicator);
    }

    public int recordedCount() {
        return recordedDeprivations == null ? 0 : (int) recordedDeprivations.stream().distinct().count();
    }

    public String unit() {
        return "commune:" + commune;
    }

    public String subject() {
        return "household:" + id;
    }
}
