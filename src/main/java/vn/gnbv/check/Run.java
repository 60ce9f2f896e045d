package vn.gnbv.check;

import vn.gnbv.engine.CheckResult;
import vn.gnbv.engine.Checker;
import vn.gnbv.engine.RuleSet;
import vn.gnbv.facts.Case;
import vn.gnbv.facts.FactsLoader;
import vn.gnbv.input.InputError;
import vn.gnbv.input.InputException;
import vn.gnbv.input.InputKind;
import vn.gnbv.parameters.ParameterCatalogue;
import vn.gnbv.parameters.ParameterSet;

import java.util.ArrayList;
import java.util.List;

/**
 * One check from files to results: compile the rules, load the facts, resolve the parameters as of
 * the case date, run. Errors of the rules and of the facts are reported together; the exit code
 * is that of the facts when they are wrong (3), else of the rules or parameters (4).
 */
public record Run(Case facts, RuleSet rules, ParameterSet parameters, CheckResult result) {

    public static Run of(RunOptions o) throws InputException {
        List<InputError> errors = new ArrayList<>();
        InputKind kind = null;
        RuleSet rules = null;
        Case c = null;
        long t0 = System.nanoTime();
        try {
            rules = RuleSet.compile(o.rules());
        } catch (InputException e) {
            errors.addAll(e.errors());
            kind = e.kind();
        }
        long t1 = System.nanoTime();
        try {
            c = FactsLoader.load(o.facts(), o.asOf());
        } catch (InputException e) {
            errors.addAll(e.errors());
            kind = e.kind();
        }
        if (!errors.isEmpty()) throw new InputException(kind, errors);
        long t2 = System.nanoTime();
        ParameterSet params = parameters(o, c);
        CheckResult result = new Checker(rules).check(c, params);
        long t3 = System.nanoTime();
        if (Boolean.getBoolean("gnbv.timings")) {
            System.err.printf("gnbv timings: compile %d ms, load %d ms (%d households), check %d ms%n",
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, c.households().size(), (t3 - t2) / 1_000_000);
        }
        return new Run(c, rules, params, result);
    }

    public static ParameterSet parameters(RunOptions o, Case c) throws InputException {
        ParameterCatalogue cat = ParameterCatalogue.load(o.rules().resolve("parameters"), c.province());
        if (o.draftParams() != null) cat = cat.withDraft(o.draftParams());
        return cat.resolve(c.asOf());
    }
}
