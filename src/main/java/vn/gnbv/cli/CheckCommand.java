package vn.gnbv.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.gnbv.check.Run;
import vn.gnbv.findings.Finding;
import vn.gnbv.findings.JUnitReport;
import vn.gnbv.findings.JsonReport;
import vn.gnbv.findings.MarkdownReport;
import vn.gnbv.findings.SarifReport;
import vn.gnbv.findings.Messages;
import vn.gnbv.findings.MoneySummary;
import vn.gnbv.findings.Severity;
import vn.gnbv.findings.TextReport;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check a case against the rules; print findings grouped by district and unit.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    CaseOptions opts;

    @Option(names = "--format", defaultValue = "text", description = "text (default), json, sarif, junit or markdown")
    Format format;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL",
            description = "exit 1 when a finding is at or above: error (default), warning, info, never")
    FailOn failOn;

    enum Format { text, json, sarif, junit, markdown }

    enum FailOn { error, warning, info, never }

    @Override
    public Integer call() throws Exception {
        return Guarded.run(opts.lang, () -> {
            Languages.check(opts.lang);
            Run run = Run.of(opts.runOptions());
            Messages m = Messages.load(opts.runOptions().rules(), opts.lang);
            try (PrintWriter out = Output.open(opts.output)) {
                var findings = run.result().findings();
                MoneySummary summary = MoneySummary.of(run.facts(), findings);
                var names = run.facts().displayNames();
                switch (format) {
                    case json -> JsonReport.write(out, run.facts().asOf(), findings, summary, m);
                    case sarif -> SarifReport.write(out, findings, run.rules().rules(), m, Main.VERSION);
                    case junit -> JUnitReport.write(out, findings, run.rules().rules(), m);
                    case markdown -> MarkdownReport.write(out, run.facts().asOf(), findings, m, names, summary);
                    default -> {
                        TextReport.write(out, run.facts().asOf(), findings, m, names);
                        TextReport.writeSummary(out, summary, m, names);
                    }
                }
            }
            return fails(run) ? ExitCodes.FINDINGS : ExitCodes.OK;
        });
    }

    private boolean fails(Run run) {
        if (failOn == FailOn.never) return false;
        Severity threshold = Severity.of(failOn.name());
        for (Finding f : run.result().findings()) {
            if (Severity.of(f.severity()).compareTo(threshold) >= 0) return true;
        }
        return false;
    }
}
