package vn.gnbv.facts;

import vn.gnbv.input.Location;

import java.time.LocalDate;

/**
 * A household member as recorded. Null means "not given" — never "false". traffickingVictimOn: the
 * day a competent authority confirmed the person as a victim of trafficking (ND 188/2025 support).
 */
public record Member(String id, String name, LocalDate birthDate, String sex, Boolean ethnicMinority, String work,
                     String education, Boolean inTraining, Boolean attendingSchool, Boolean malnourished,
                     Boolean severeDisability, Boolean student, Boolean insured, Card card, LocalDate traffickingVictimOn,
                     Location source) {}
