package vn.gnbv.facts;

import vn.gnbv.input.Location;

import java.time.LocalDate;

/** A household member as recorded. Null means "not given" — never "false". */
public record Member(String id, String name, LocalDate birthDate, String sex, Boolean ethnicMinority, String work,
                     String education, Boolean inTraining, Boolean attendingSchool, Boolean malnourished,
                     Boolean severeDisability, Boolean student, Boolean insured, Card card, Location source) {}
