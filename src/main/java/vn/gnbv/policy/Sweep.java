package vn.gnbv.policy;

import vn.gnbv.engine.RuleSet;
import vn.gnbv.facts.Case;
import vn.gnbv.input.InputException;
import vn.gnbv.parameters.ParameterCatalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The impact of each value of one parameter, on one case, with the rules compiled once. */
public final class Sweep {
    public static final int MAX_STEPS = 1000;

    public record Step(BigDecimal value, Impact impact) {}

    private Sweep() {}

    public static List<BigDecimal> values(BigDecimal from, BigDecimal to, BigDecimal step) {
        List<BigDecimal> out = new ArrayList<>();
        if (step.signum() <= 0) throw new IllegalArgumentException("--step must be positive");
        for (BigDecimal v = from; v.compareTo(to) <= 0; v = v.add(step)) {
            out.add(v);
            if (out.size() > MAX_STEPS) throw new IllegalArgumentException("more than " + MAX_STEPS + " steps");
        }
        return out;
    }

    public static List<Step> run(Case c, RuleSet rules, ParameterCatalogue base, String param, List<BigDecimal> values)
            throws InputException {
        List<Step> out = new ArrayList<>();
        for (BigDecimal v : values) {
            Object value = v.scale() <= 0 || v.stripTrailingZeros().scale() <= 0 ? (Object) v.longValueExact() : v;
            ParameterCatalogue cat = base.withValueOn(param, c.asOf(), value, "sweep " + param + " = " + v.toPlainString());
            out.add(new Step(v, Scenario.run(c, rules, cat).impact()));
        }
        return out;
    }
}
