package vn.gnbv.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.gnbv.engine.RuleBase;
import vn.gnbv.facts.FactsDocument;
import vn.gnbv.input.InputException;
import vn.gnbv.output.CheckFormats;
import vn.gnbv.output.CheckReport;
import vn.gnbv.output.Messages;
import vn.gnbv.run.Run;
import vn.gnbv.run.RunOptions;
import vn.gnbv.run.Scenario;
import vn.gnbv.summary.CheckCollector;
import vn.gnbv.summary.CheckSummary;
import vn.gnbv.waivers.WaiverFilter;
import vn.gnbv.waivers.Waivers;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {
    @Mixin
    FactsOptions facts;

    @Mixin
    RulesOptions rules;

    @Mixin
    ReportOptions report;

    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "check-format",
            completionCandidates = Formats.class)
    String format;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL", descriptionKey = "fail-on")
    String failOn;

    @Option(names = "--waivers", paramLabel = "FILE", descriptionKey = "waivers")
    Path waivers;

    /** The format names, for --help and completion. */
    static final class Formats implements Iterable<String> {
        public java.util.Iterator<String> iterator() {
            return CheckFormats.names().iterator();
        }
    }

    @Override
    public Integer call() throws Exception {
        report.validate();
        rules.validate();
        format = OutputFormat.of(format, report.output, "text", CheckFormats.names());
        if (!CheckFormats.names().contains(format)) {
            throw new Usage("usage.format", "value", format, "allowed", String.join(", ", CheckFormats.names()));
        }
        if (!List.of("error", "warning", "info", "never").contains(failOn)) {
            throw new Usage("usage.fail-on", "value", failOn);
        }
        Output output = Output.to(report.output, facts.paths, CheckFormats.binary(format) ? format : null);
        return Guarded.run(report.lang, () -> {
            WaiverFilter filter = new WaiverFilter(waivers == null ? List.of() : Waivers.load(waivers));
            List<FactsDocument> docs = facts.documents();
            RuleBase base;
            try {
                base = rules.ruleBase();
            } catch (InputException e) {
                throw Run.together(e, docs, facts.asOf);
            }
            Messages m = Messages.load(rules.rulesDir(), report.lang);
            Scenario scenario = rules.scenario("check");
            try (CheckCollector collected = new CheckCollector(filter)) {
                Run.Checked checked = Run.execute(docs, facts.asOf, List.of(scenario),
                        RunOptions.defaults().withFiringsPerFact(rules.firingBudget), collected, Progress.onTerminal(report.lang));
                CheckSummary summary = collected.summary(checked.facts(), checked.counts());
                CheckReport r = new CheckReport(checked.facts().asOf(), m, summary, collected.findings(), collected.waived(),
                        filter.expired(), filter.unmatched(), base.rules(), checked.parameters().get(0),
                        Drafts.changed(scenario, checked), checked.facts().displayNames(), base.origin(),
                        vn.gnbv.output.RuleDocs.of(rules.rulesDir()), Main.VERSION,
                        report.pretty, checked.facts());
                output.write(out -> CheckFormats.writer(format).write(r, out));
                return fails(summary) ? ExitCodes.FINDINGS : ExitCodes.OK;
            }
        });
    }

    private boolean fails(CheckSummary s) {
        return switch (failOn) {
            case "never" -> false;
            case "info" -> s.findings() > 0;
            case "warning" -> s.bySeverity().get("error") + s.bySeverity().get("warning") > 0;
            default -> s.bySeverity().get("error") > 0;
        };
    }
}
