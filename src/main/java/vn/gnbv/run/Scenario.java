package vn.gnbv.run;

import vn.gnbv.engine.RuleBase;
import vn.gnbv.facts.Case;
import vn.gnbv.input.InputException;
import vn.gnbv.input.Node;
import vn.gnbv.parameters.ParameterCatalogue;
import vn.gnbv.parameters.ParameterSet;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One set of rules and parameters a run checks the facts against: the rules in force, a draft, or
 * one value of a sweep. Parameters are resolved once the case's date and province are known.
 * relist: also compute support as if the official list followed the standard (drafts).
 */
public record Scenario(String name, RuleBase rules, Path rulesDir, Path draftFile, Node draftTree, String sweepParam,
                       Object sweepValue, boolean relist) {

    public static Scenario of(String name, RuleBase rules, Path rulesDir) {
        return new Scenario(name, rules, rulesDir, null, null, null, null, false);
    }

    public Scenario withDraft(Path file) {
        return new Scenario(name, rules, rulesDir, file, draftTree, sweepParam, sweepValue, relist);
    }

    public Scenario withDraft(Node tree) {
        return new Scenario(name, rules, rulesDir, draftFile, tree, sweepParam, sweepValue, relist);
    }

    public Scenario withValue(String param, Object value) {
        return new Scenario(name, rules, rulesDir, draftFile, draftTree, param, value, relist);
    }

    public Scenario relisting() {
        return new Scenario(name, rules, rulesDir, draftFile, draftTree, sweepParam, sweepValue, true);
    }

    /** The catalogue for the case's province with this scenario's draft values over it. */
    public ParameterCatalogue catalogue(String province, LocalDate asOf) throws InputException {
        ParameterCatalogue cat = ParameterCatalogue.ofRules(rulesDir, province);
        if (draftFile != null) cat = cat.withDraft(draftFile);
        if (draftTree != null) cat = cat.withDraft(draftTree);
        if (sweepParam != null) cat = cat.withValueOn(sweepParam, asOf, sweepValue, "sweep " + sweepParam + " = " + sweepValue);
        return cat;
    }

    public ParameterSet parameters(Case c) throws InputException {
        return catalogue(c.province(), c.asOf()).resolve(c.asOf());
    }
}
