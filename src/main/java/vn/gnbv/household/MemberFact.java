package vn.gnbv.household;

import vn.gnbv.input.Location;

/**
 * A member as the rules see it: age in whole years and months as of the case date (computed in
 * Java), education as a rank ({@link EducationLevels}), insured from `insured` or the card's dates,
 * and the recorded health-insurance card (cardCovers: valid on the case date; null without a card).
 */
public record MemberFact(String id, String household, Integer ageYears, Integer ageMonths, String sex,
                         String work, Integer educationRank, Boolean inTraining, Boolean attendingSchool,
                         Boolean malnourished, Boolean severeDisability, Boolean insured, Boolean ethnicMinority,
                         Boolean student, String cardGroup, Long cardPercent, java.time.LocalDate cardFrom,
                         java.time.LocalDate cardTo, Boolean cardCovers, Location source) {

    public String subject() {
        return "person:" + id;
    }
}
