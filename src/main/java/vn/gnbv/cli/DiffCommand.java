package vn.gnbv.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.gnbv.engine.RuleBase;
import vn.gnbv.facts.FactsDocument;
import vn.gnbv.input.InputException;
import vn.gnbv.output.DiffWriter;
import vn.gnbv.output.Messages;
import vn.gnbv.policy.DiffCollector;
import vn.gnbv.policy.DraftChanges;
import vn.gnbv.run.Run;
import vn.gnbv.run.RunOptions;
import vn.gnbv.run.Scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "diff", mixinStandardHelpOptions = true)
final class DiffCommand implements Callable<Integer> {
    @Mixin
    FactsOptions facts;

    @Mixin
    RulesOptions rules;

    @Mixin
    ReportOptions report;

    @Option(names = "--draft-params", paramLabel = "FILE", descriptionKey = "draft-params")
    Path draftParams;

    @Option(names = "--draft-rules", paramLabel = "DIR", descriptionKey = "draft-rules")
    Path draftRules;

    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "diff-format")
    String format;

    @Override
    public Integer call() throws Exception {
        report.validate();
        rules.validate();
        if (draftParams == null && draftRules == null) throw new Usage("usage.diff-draft");
        if (draftParams != null && !Files.isRegularFile(draftParams)) throw new Usage("usage.no-file", "option", "--draft-params", "file", draftParams);
        if (draftRules != null && !Files.isDirectory(draftRules)) throw new Usage("usage.no-folder", "option", "--draft-rules", "file", draftRules);
        format = OutputFormat.of(format, report.output, "text", DiffWriter.FORMATS);
        if (!DiffWriter.FORMATS.contains(format)) throw new Usage("usage.format", "value", format, "allowed", String.join(", ", DiffWriter.FORMATS));
        Output output = Output.to(report.output, facts.paths, format.equals("xlsx") ? format : null);
        return Guarded.run(report.lang, () -> {
            List<FactsDocument> docs = facts.documents();
            RuleBase base, draft;
            try {
                base = rules.ruleBase();
                draft = draftRules != null ? RuleBase.compile(draftRules) : base;
            } catch (InputException e) {
                throw Run.together(e, docs, facts.asOf);
            }
            Path draftDir = draftRules != null ? draftRules : rules.rulesDir();
            Scenario baseline = rules.scenario("baseline").relisting();
            Scenario drafted = Scenario.of("draft", draft, draftDir).relisting();
            if (rules.params != null) drafted = drafted.withDraft(rules.params);
            if (draftParams != null) drafted = drafted.withDraft(draftParams);
            try (DiffCollector collected = new DiffCollector()) {
                Run.Checked checked = Run.execute(docs, facts.asOf, List.of(baseline, drafted),
                        RunOptions.defaults().withFiringsPerFact(rules.firingBudget), collected, Progress.onTerminal(report.lang));
                Messages m = Messages.load(draftDir, report.lang);
                DraftChanges changes = DraftChanges.of(checked.parameters().get(0), checked.parameters().get(1),
                        base.rules(), draft.rules());
                output.write(out -> new DiffWriter(checked.facts().asOf(), collected, changes, m,
                        checked.facts().displayNames()).write(format, out, report.pretty));
            }
            return ExitCodes.OK;
        });
    }
}
