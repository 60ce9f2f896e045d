package vn.gnbv.run;

import vn.gnbv.facts.Case;
import vn.gnbv.facts.Household;

import java.util.List;

/**
 * What a command does with a run's results as they come: batches of households with each
 * scenario's outcome (called from several threads at once), then the case-level outcomes.
 */
public interface RunListener {
    /** context: the places and date the households were checked against. */
    void batch(Case context, List<Household> households, List<Outcome> outcomes);

    void caseLevel(Case context, List<Outcome> outcomes);

    /** The households are read again (the places changed after them): forget every batch. */
    void reset();
}
