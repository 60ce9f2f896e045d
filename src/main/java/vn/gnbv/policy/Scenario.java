package vn.gnbv.policy;

import vn.gnbv.engine.CheckResult;
import vn.gnbv.engine.Checker;
import vn.gnbv.engine.RuleSet;
import vn.gnbv.facts.Case;
import vn.gnbv.input.InputException;
import vn.gnbv.parameters.ParameterCatalogue;
import vn.gnbv.parameters.ParameterSet;
import vn.gnbv.facts.Household;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One side of a comparison: compiled rules and the parameters in force, run on a case. Support
 * (entitlements) is computed a second time as if the official list followed the standard: each
 * household whose status the standard decides is listed at that status (recordedStatus drives
 * entitlement, ND 146/2018), so a draft standard shows who would gain or lose support.
 */
public record Scenario(RuleSet rules, ParameterSet parameters, CheckResult result, CheckResult listed, Impact impact) {

    public static Scenario run(Case c, RuleSet rules, ParameterCatalogue catalogue) throws InputException {
        ParameterSet params = catalogue.resolve(c.asOf());
        Checker checker = new Checker(rules);
        CheckResult r = checker.check(c, params);
        CheckResult listed = checker.check(relisted(c, r), params);
        return new Scenario(rules, params, r, listed, Impact.of(c, r, listed));
    }

    /** The case with each household listed at the status the standard gives it (when decided). */
    static Case relisted(Case c, CheckResult r) {
        Map<String, String> status = new HashMap<>();
        r.statuses().forEach(s -> { if (s.determined()) status.put(s.household(), s.status()); });
        List<Household> hs = c.households().stream().map(h -> {
            String s = status.get(h.id());
            return s == null || s.equals(h.recordedStatus()) ? h : new Household(h.id(), h.commune(), h.urban(),
                    h.incomePerCapita(), h.deprivations(), s, h.agricultural(), h.exitedPovertyOn(), h.exitedNearPovertyOn(),
                    h.dwelling(), h.cleanWater(), h.hygienicLatrine(), h.internet(), h.informationAssets(), h.members(), h.source());
        }).toList();
        return new Case(c.asOf(), c.province(), c.districts(), c.communes(), hs, c.funds(), c.counterparts(),
                c.insuranceFunding(), c.figures(), c.areaGroups(), c.povertyRates(), c.staffing());
    }
}
