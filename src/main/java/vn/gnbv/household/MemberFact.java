package vn.gnbv.household;

import vn.gnbv.input.Location;

import java.time.LocalDate;

/**
 * A member as the rules see it: age in whole years and months as of the case date (computed in
 * Java), education as a rank ({@link EducationLevels}), insured from `insured` or the card's dates,
 * and the recorded health-insurance card (cardCovers: valid on the case date; null without a card).
 */
public record MemberFact(String id, String household, String name, Integer ageYears, Integer ageMonths, String sex,
                         String work, Integer educationRank, Boolean inTraining, Boolean attendingSchool,
                         Boolean malnourished, Boolean severeDisability, Boolean insured, Boolean ethnicMinority,
                         Boolean student, String cardGroup, Long cardPercent, LocalDate cardFrom,
                         LocalDate cardTo, Boolean cardCovers, LocalDate traffickingVictimOn, Location source) {

    public String subject() {
        return "person:" + id;
    }

    /**
     * A member is itself: rules iterate members `from` their household, and Drools keeps the
     * objects it iterates in a hash map; a record's hash over every field, per member per rule,
     * cost more than the rules (measured). Identity is also the truth: two members are never one.
     */
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
