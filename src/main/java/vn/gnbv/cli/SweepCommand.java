package vn.gnbv.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.gnbv.check.RulesHome;
import vn.gnbv.engine.RuleSet;
import vn.gnbv.facts.Case;
import vn.gnbv.facts.FactsLoader;
import vn.gnbv.parameters.ParameterCatalogue;
import vn.gnbv.policy.Sweep;
import vn.gnbv.policy.SweepWriter;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "The impact figures for each value of one parameter (rules compiled once): where the cliffs are.")
final class SweepCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "facts files or folders")
    List<Path> paths;

    @Option(names = "--param", required = true, paramLabel = "NAME", description = "e.g. household.income-line.rural")
    String param;

    @Option(names = "--from", required = true)
    BigDecimal from;

    @Option(names = "--to", required = true)
    BigDecimal to;

    @Option(names = "--step", required = true)
    BigDecimal step;

    @Option(names = "--rules", paramLabel = "DIR", description = "rules folder (default: the bundled rules/)")
    Path rules;

    @Option(names = "--params", paramLabel = "FILE", description = "draft parameter values under the sweep")
    Path params;

    @Option(names = "--as-of", paramLabel = "DATE")
    LocalDate asOf;

    @Option(names = "--format", defaultValue = "csv", description = "csv (default) or json")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    enum Format { csv, json }

    @Override
    public Integer call() throws Exception {
        List<BigDecimal> values;
        try {
            values = Sweep.values(from, to, step);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        return Guarded.run("en", () -> {
            Path dir = rules != null ? rules : RulesHome.defaultRules();
            Case c = FactsLoader.load(paths, asOf);
            RuleSet rs = RuleSet.compile(dir);
            ParameterCatalogue cat = ParameterCatalogue.load(dir.resolve("parameters"), c.province());
            if (params != null) cat = cat.withDraft(params);
            var steps = Sweep.run(c, rs, cat, param, values);
            try (PrintWriter out = Output.open(output)) {
                if (format == Format.json) SweepWriter.json(out, param, steps);
                else SweepWriter.csv(out, param, steps);
            }
            return ExitCodes.OK;
        });
    }
}
