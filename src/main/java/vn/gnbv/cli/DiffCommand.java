package vn.gnbv.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.gnbv.check.RulesHome;
import vn.gnbv.engine.RuleSet;
import vn.gnbv.facts.Case;
import vn.gnbv.facts.FactsLoader;
import vn.gnbv.findings.Messages;
import vn.gnbv.parameters.ParameterCatalogue;
import vn.gnbv.policy.DiffWriter;
import vn.gnbv.policy.DraftComparison;
import vn.gnbv.policy.Scenario;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Baseline against a draft (parameters and/or rules) on the same facts and date: what moves, and what it costs.")
final class DiffCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "facts files or folders")
    List<Path> paths;

    @Option(names = "--draft-params", paramLabel = "FILE", description = "draft parameter values")
    Path draftParams;

    @Option(names = "--draft-rules", paramLabel = "DIR", description = "a draft rules folder")
    Path draftRules;

    @Option(names = "--rules", paramLabel = "DIR", description = "baseline rules folder (default: the bundled rules/)")
    Path rules;

    @Option(names = "--as-of", paramLabel = "DATE")
    LocalDate asOf;

    @Option(names = "--format", defaultValue = "text", description = "text (default), json or markdown")
    Format format;

    @Option(names = "--lang", defaultValue = "vi")
    String lang;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    enum Format { text, json, markdown }

    @Override
    public Integer call() throws Exception {
        if (draftParams == null && draftRules == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --draft-params FILE and/or --draft-rules DIR");
        }
        return Guarded.run(lang, () -> {
            Languages.check(lang);
            Path baseDir = rules != null ? rules : RulesHome.defaultRules();
            Path draftDir = draftRules != null ? draftRules : baseDir;
            Case c = FactsLoader.load(paths, asOf);
            RuleSet baseRules = RuleSet.compile(baseDir);
            RuleSet draftRuleSet = draftRules != null ? RuleSet.compile(draftDir) : baseRules;
            ParameterCatalogue baseCat = ParameterCatalogue.load(baseDir.resolve("parameters"), c.province());
            ParameterCatalogue draftCat = ParameterCatalogue.load(draftDir.resolve("parameters"), c.province());
            if (draftParams != null) draftCat = draftCat.withDraft(draftParams);
            DraftComparison d = DraftComparison.of(c, Scenario.run(c, baseRules, baseCat), Scenario.run(c, draftRuleSet, draftCat));
            Messages m = Messages.load(draftDir, lang);
            try (PrintWriter out = Output.open(output)) {
                switch (format) {
                    case json -> DiffWriter.json(out, c.asOf(), d, m);
                    case markdown -> DiffWriter.text(out, c.asOf(), d, m, c.displayNames(), true);
                    default -> DiffWriter.text(out, c.asOf(), d, m, c.displayNames(), false);
                }
            }
            return ExitCodes.OK;
        });
    }
}
