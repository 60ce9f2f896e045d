package vn.gnbv.facts;

import vn.gnbv.input.InputException;

/**
 * Where the loader streams households once the places and the date are known: the rules, in
 * batches. When a file read later changes the places or the date, the sink is told to forget what
 * it had and the households are read again.
 */
public interface HouseholdSink {
    /** The places and date the households are checked against (the case-level sections may still be incomplete). */
    void start(Case context) throws InputException;

    void accept(Household h);

    /** Forget every household accepted so far: they will be read again against the final places. */
    void reset();
}
