package vn.gnbv.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.gnbv.check.Run;
import vn.gnbv.classify.Classification;
import vn.gnbv.classify.ClassificationWriter;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Each household's computed status under the standard in force, with the numbers behind it.")
final class ClassifyCommand implements Callable<Integer> {
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
            var rows = Classification.rows(run.facts(), run.result());
            try (PrintWriter out = Output.open(opts.output)) {
                if (format == Format.csv) ClassificationWriter.csv(out, rows);
                else ClassificationWriter.json(out, rows);
            }
            return ExitCodes.OK;
        });
    }
}
