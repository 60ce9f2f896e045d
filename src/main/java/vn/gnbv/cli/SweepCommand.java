package vn.gnbv.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.gnbv.facts.FactsDocument;
import vn.gnbv.input.InputException;
import vn.gnbv.output.SweepWriter;
import vn.gnbv.policy.SweepCollector;
import vn.gnbv.run.Run;
import vn.gnbv.run.RunOptions;
import vn.gnbv.run.Scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "sweep", mixinStandardHelpOptions = true)
final class SweepCommand implements Callable<Integer> {
    static final int MAX_STEPS = 1000;

    @Mixin
    FactsOptions facts;

    @Mixin
    RulesOptions rules;

    @Mixin
    ReportOptions report;

    @Option(names = "--param", required = true, paramLabel = "NAME", descriptionKey = "param")
    String param;

    @Option(names = "--from", required = true, converter = Numbers.class, paramLabel = "VALUE", descriptionKey = "from")
    BigDecimal from;

    @Option(names = "--to", required = true, converter = Numbers.class, paramLabel = "VALUE", descriptionKey = "to")
    BigDecimal to;

    @Option(names = "--step", required = true, converter = Numbers.class, paramLabel = "VALUE", descriptionKey = "step")
    BigDecimal step;

    @Option(names = "--format", paramLabel = "csv|json", descriptionKey = "sweep-format")
    String format;

    @Override
    public Integer call() throws Exception {
        report.validate();
        rules.validate();
        format = OutputFormat.of(format, report.output, "csv", SweepWriter.FORMATS);
        if (!SweepWriter.FORMATS.contains(format)) throw new Usage("usage.format", "value", format, "allowed", "csv, json");
        List<BigDecimal> values = values();
        Output output = Output.to(report.output, facts.paths);
        return Guarded.run(report.lang, () -> {
            List<FactsDocument> docs = facts.documents();
            try {
                rules.ruleBase();
            } catch (InputException e) {
                throw Run.together(e, docs, facts.asOf);
            }
            List<Scenario> scenarios = new ArrayList<>();
            for (BigDecimal v : values) {
                Object value = v.stripTrailingZeros().scale() <= 0 ? (Object) v.longValueExact() : v;
                scenarios.add(rules.scenario(v.toPlainString()).withValue(param, value).relisting());
            }
            SweepCollector collected = new SweepCollector(values.size());
            Run.Checked checked = Run.execute(docs, facts.asOf, scenarios,
                    RunOptions.defaults().withFiringsPerFact(rules.firingBudget), collected, Progress.onTerminal(report.lang));
            Drafts.warnNotInForce(checked, rules.rulesDir(), report.lang);
            output.write(out -> {
                if (format.equals("json")) SweepWriter.json(out, param, values, collected.impacts(), report.pretty);
                else SweepWriter.csv(out, param, values, collected.impacts());
            });
            return ExitCodes.OK;
        });
    }

    private List<BigDecimal> values() {
        if (step.signum() <= 0) throw new Usage("usage.positive", "option", "--step", "value", step.toPlainString());
        if (from.compareTo(to) > 0) throw new Usage("usage.range", "from", from.toPlainString(), "to", to.toPlainString());
        List<BigDecimal> out = new ArrayList<>();
        for (BigDecimal v = from; v.compareTo(to) <= 0; v = v.add(step)) {
            out.add(v);
            if (out.size() > MAX_STEPS) throw new Usage("usage.too-many-steps", "max", MAX_STEPS);
        }
        return out;
    }
}
