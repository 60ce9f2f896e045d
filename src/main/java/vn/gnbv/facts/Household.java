package vn.gnbv.facts;

import vn.gnbv.input.Location;

import java.time.LocalDate;
import java.util.List;

/**
 * A household as recorded by the commune. {@code deprivations} is null when the survey's list was
 * not given (an empty list means "none recorded"); {@code members} is empty when not given;
 * {@code head} is the household head's name (họ tên chủ hộ), when given.
 */
public record Household(String id, String commune, String head, Boolean urban, Long incomePerCapita,
                        List<String> deprivations, String recordedStatus, Boolean agricultural,
                        LocalDate exitedPovertyOn, LocalDate exitedNearPovertyOn, Dwelling dwelling,
                        Boolean cleanWater, Boolean hygienicLatrine, Boolean internet,
                        List<String> informationAssets, List<Member> members, Location source) {

    /** The same household listed at another status (a draft's relisting). */
    public Household withRecordedStatus(String status) {
        return new Household(id, commune, head, urban, incomePerCapita, deprivations, status, agricultural,
                exitedPovertyOn, exitedNearPovertyOn, dwelling, cleanWater, hygienicLatrine, internet,
                informationAssets, members, source);
    }
}
