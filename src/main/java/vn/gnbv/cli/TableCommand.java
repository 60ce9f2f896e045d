package vn.gnbv.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.gnbv.check.Run;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** A command that runs the rules on a case and writes one derived table (classify, entitlements). */
abstract class TableCommand implements Callable<Integer> {
    @Mixin
    CaseOptions opts;

    @Option(names = "--format", defaultValue = "json", description = "json (default) or csv")
    Format format;

    enum Format { json, csv }

    abstract void write(PrintWriter out, Run run, boolean csv) throws IOException;

    @Override
    public Integer call() throws Exception {
        return Guarded.run(opts.lang, () -> {
            Languages.check(opts.lang);
            Run run = Run.of(opts.runOptions());
            try (PrintWriter out = Output.open(opts.output)) {
                write(out, run, format == Format.csv);
            }
            return ExitCodes.OK;
        });
    }
}
