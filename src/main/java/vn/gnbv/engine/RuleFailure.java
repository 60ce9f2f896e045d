package vn.gnbv.engine;

import org.kie.api.runtime.rule.ConsequenceException;
import vn.gnbv.facts.Counterpart;
import vn.gnbv.facts.Figure;
import vn.gnbv.facts.Fund;
import vn.gnbv.facts.InsuranceFunding;
import vn.gnbv.facts.PovertyRate;
import vn.gnbv.findings.FindingValuesException;
import vn.gnbv.household.HouseholdFact;
import vn.gnbv.household.IndicatorOrderException;
import vn.gnbv.household.MemberFact;
import vn.gnbv.input.InputError;
import vn.gnbv.input.InputException;
import vn.gnbv.input.InputKind;
import vn.gnbv.input.Location;
import vn.gnbv.insurance.Entitlement;
import vn.gnbv.insurance.GroupEligibility;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule whose consequence or condition throws (a draft dividing by zero, or taking a value the
 * facts do not give) is the rule's mistake, not the program's: a rules error (exit 4) at the rule's
 * file and line, naming what went wrong in words (and the fact a consequence ran on), never an
 * internal failure with a Java exception's text.
 */
final class RuleFailure {
    /**
     * Drools names the rule and the constraint only in the message of the exception it throws for a
     * condition: 'Error evaluating constraint '<constraint>' in [Rule "<name>" in <file>]'.
     */
    private static final Pattern CONDITION = Pattern.compile("constraint '(.*)' in \\[Rule \"([^\"]+)\"", Pattern.DOTALL);

    private RuleFailure() {}

    /** Whether this is Drools' exception for a condition that threw (classic or executable model). */
    static boolean isCondition(RuntimeException e) {
        return e instanceof org.drools.mvel.ConstraintEvaluationException
                || e instanceof org.drools.modelcompiler.constraints.ConstraintEvaluationException;
    }

    static InputException ofCondition(RuntimeException e, RuleBase rules) {
        Matcher m = CONDITION.matcher(String.valueOf(e.getMessage()));
        boolean named = m.find();
        String name = named ? m.group(2) : "?";
        String constraint = named ? m.group(1) : "?";
        return new InputException(InputKind.RULES, List.of(InputError.of(rules.locationOf(name), "rules.condition-failed",
                "rule", name, "constraint", constraint, "cause", cause(e.getCause()))));
    }

    static InputException of(ConsequenceException e, RuleBase rules) {
        String name = e.getRule() == null ? "?" : e.getRule().getName();
        Object fact = "reason.no-fact";
        if (e.getMatch() != null) {
            for (Object o : e.getMatch().getObjects()) {
                Location at = placeOf(o);
                if (at != null) {
                    fact = at;
                    break;
                }
            }
        }
        return new InputException(InputKind.RULES, List.of(InputError.of(rules.locationOf(name), "rules.failed",
                "rule", name, "fact", fact, "cause", cause(e.getCause()))));
    }

    /** What went wrong, in words: the first cause along the chain that says (the engine wraps them). */
    private static String cause(Throwable first) {
        for (Throwable t = first; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof FindingValuesException) return "reason.finding-values";
            if (t instanceof IndicatorOrderException x) return "reason.indicator-" + x.reason();
            if (t instanceof ArithmeticException) return "reason.arithmetic";
            if (t instanceof NullPointerException) return "reason.value-not-given";
            if (t instanceof ClassCastException) return "reason.wrong-type";
            if (t instanceof IndexOutOfBoundsException) return "reason.no-such-element";
        }
        return "reason.rule-code";
    }

    /** Where a fact the rule matched was written, if it comes from an input file. */
    private static Location placeOf(Object fact) {
        if (fact instanceof HouseholdFact h) return h.source();
        if (fact instanceof MemberFact m) return m.source();
        if (fact instanceof Entitlement x) return x.member() == null ? null : x.member().source();
        if (fact instanceof GroupEligibility g) return g.member() == null ? null : g.member().source();
        if (fact instanceof Fund f) return f.source();
        if (fact instanceof Counterpart c) return c.source();
        if (fact instanceof InsuranceFunding f) return f.source();
        if (fact instanceof Figure f) return f.source();
        if (fact instanceof PovertyRate r) return r.source();
        return null;
    }
}
