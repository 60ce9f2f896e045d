package vn.gnbv.facts;

import java.time.LocalDate;

/** The date the facts describe, as a fact: deadlines are compared with it, never with the clock. */
public record CaseDate(LocalDate date) {}
