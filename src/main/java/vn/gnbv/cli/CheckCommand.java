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

import vn.gnbv.waivers.WaiverResult;
import vn.gnbv.waivers.Waivers;

import java.io.PrintWriter;
import java.nio.file.Path;
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

    @Option(names = "--waivers", paramLabel = "FILE",
            description = "accepted exceptions (YAML): waived findings are reported apart and do not fail the run")
    Path waivers;

    enum Format { text, json, sarif, junit, markdown }

    enum FailOn { error, warning, info, never }

    @Override
    public Integer call() throws Exception {
        return Guarded.run(opts.lang, () -> {
            Languages.check(opts.lang);
            if (waivers != null) Waivers.load(waivers); // a malformed waiver file is an input error before anything runs
            Run run = Run.of(opts.runOptions());
            Messages m = Messages.load(opts.runOptions().rules(), opts.lang);
            WaiverResult w;
            try (PrintWriter out = Output.open(opts.output)) {
                w = waivers == null ? WaiverResult.none(run.result().findings())
                        : Waivers.apply(run.result().findings(), Waivers.load(waivers), run.facts().asOf());
                var findings = w.findings();
                MoneySummary summary = MoneySummary.of(run.facts(), findings);
                var names = run.facts().displayNames();
                switch (format) {
                    case json -> JsonReport.write(out, run.facts().asOf(), findings, summary, w, m);
                    case sarif -> SarifReport.write(out, findings, w.waived(), run.rules().rules(), m, Main.VERSION);
                    case junit -> JUnitReport.write(out, findings, run.rules().rules(), m);
                    case markdown -> MarkdownReport.write(out, run.facts().asOf(), findings, m, names, summary);
                    default -> {
                        TextReport.write(out, run.facts().asOf(), findings, m, names);
                        TextReport.writeWaivers(out, w, m);
                        TextReport.writeSummary(out, summary, m, names);
                    }
                }
            }
            return fails(w.findings()) ? ExitCodes.FINDINGS : ExitCodes.OK;
        });
    }

    private boolean fails(java.util.List<Finding> findings) {
        if (failOn == FailOn.never) return false;
        Severity threshold = Severity.of(failOn.name());
        for (Finding f : findings) {
            if (Severity.of(f.severity()).compareTo(threshold) >= 0) return true;
        }
        return false;
    }
}
