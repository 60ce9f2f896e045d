package vn.gnbv.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.gnbv.check.Run;
import vn.gnbv.insurance.EntitlementWriter;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "entitlements", mixinStandardHelpOptions = true,
        description = "Each person's health-insurance support group, level, premium and state share on the case date.")
final class EntitlementsCommand implements Callable<Integer> {
    @Mixin
    CaseOptions opts;

    @Option(names = "--format", defaultValue = "json", description = "json (default) or csv")
    Format format;

    enum Format { json, csv }

    @Override
    public Integer call() throws Exception {
        return Guarded.run(opts.lang, () -> {
            Languages.check(opts.lang);
            Run run = Run.of(opts.runOptions());
            try (PrintWriter out = Output.open(opts.output)) {
                if (format == Format.csv) EntitlementWriter.csv(out, run.result().entitlements());
                else EntitlementWriter.json(out, run.result().entitlements());
            }
            return ExitCodes.OK;
        });
    }
}
