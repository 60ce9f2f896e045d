package vn.gnbv.cli;

import picocli.CommandLine.Option;
import vn.gnbv.engine.Checker;
import vn.gnbv.engine.RuleBase;
import vn.gnbv.input.InputException;
import vn.gnbv.run.RulesHome;
import vn.gnbv.run.Scenario;

import java.nio.file.Path;

/** The rules a command runs: a rules folder (default: the bundled rules), draft parameters, a firing budget. */
final class RulesOptions {
    @Option(names = "--rules", paramLabel = "DIR", descriptionKey = "rules")
    Path rules;

    @Option(names = "--params", paramLabel = "FILE", descriptionKey = "params")
    Path params;

    @Option(names = "--firing-budget", paramLabel = "N", defaultValue = "" + Checker.DEFAULT_FIRINGS_PER_FACT,
            descriptionKey = "firing-budget")
    int firingBudget;

    private RuleBase loaded;

    Path rulesDir() {
        return rules != null ? rules : RulesHome.defaultRules();
    }

    RuleBase ruleBase() throws InputException {
        if (loaded == null) loaded = rules != null ? RuleBase.compile(rules) : RulesHome.bundled();
        return loaded;
    }

    Scenario scenario(String name) throws InputException {
        Scenario s = Scenario.of(name, ruleBase(), rulesDir());
        return params == null ? s : s.withDraft(params);
    }

    void validate() {
        if (firingBudget < 1) throw new Usage("usage.positive", "option", "--firing-budget", "value", firingBudget);
        if (params != null && !java.nio.file.Files.isRegularFile(params)) throw new Usage("usage.no-file", "option", "--params", "file", params);
        if (rules != null && !java.nio.file.Files.isDirectory(rules)) throw new Usage("usage.no-folder", "option", "--rules", "file", rules);
    }
}
