package vn.gnbv.facts;

import vn.gnbv.input.Location;

import java.time.LocalDate;
import java.util.List;

/**
 * A household as recorded by the commune. {@code deprivations} is null when the survey's list was
 * not given (an empty list means "none recorded"); {@code members} is empty when not given.
 */
public record Household(String id, String commune, Boolean urban, Long incomePerCapita,
                        List<String> deprivations, String recordedStatus, Boolean agricultural,
                        LocalDate exitedPovertyOn, LocalDate exitedNearPovertyOn, Dwelling dwelling,
                        Boolean cleanWater, Boolean hygienicLatrine, Boolean internet,
                        List<String> informationAssets, List<Member> members, Location source) {}
