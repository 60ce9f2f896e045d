package vn.gnbv.policy;

import vn.gnbv.facts.Case;
import vn.gnbv.facts.Household;
import vn.gnbv.household.Statuses;
import vn.gnbv.run.Outcome;
import vn.gnbv.run.RunListener;

import java.util.ArrayList;
import java.util.List;

/** The impact of each value of a swept parameter, every value checked on each batch as it is read. */
public final class SweepCollector implements RunListener {
    private final List<Impact> impacts = new ArrayList<>();

    public SweepCollector(int values) {
        for (int i = 0; i < values; i++) impacts.add(new Impact());
    }

    @Override
    public void batch(Case c, List<Household> households, List<Outcome> outcomes) {
        for (int i = 0; i < outcomes.size(); i++) {
            var r = outcomes.get(i).result();
            impacts.get(i).add(c, households, Statuses.computed(r.statuses()),
                    outcomes.get(i).listed(), r.findings());
        }
    }

    @Override
    public void caseLevel(Case c, List<Outcome> outcomes) {
        for (int i = 0; i < outcomes.size(); i++) impacts.get(i).findings(outcomes.get(i).result().findings());
    }

    @Override
    public void reset() {
        impacts.forEach(Impact::clear);
    }

    public List<Impact> impacts() {
        return impacts;
    }
}
