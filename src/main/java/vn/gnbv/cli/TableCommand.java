package vn.gnbv.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.gnbv.facts.FactsDocument;
import vn.gnbv.input.InputException;
import vn.gnbv.output.Table;
import vn.gnbv.run.Run;
import vn.gnbv.run.RunOptions;
import vn.gnbv.summary.TableCollector;

import java.util.List;
import java.util.concurrent.Callable;

/** A command that runs the rules on a case and writes one derived table (classify, entitlements). */
abstract class TableCommand implements Callable<Integer> {
    @Mixin
    FactsOptions facts;

    @Mixin
    RulesOptions rules;

    @Mixin
    ReportOptions report;

    @Option(names = "--format", defaultValue = "json", paramLabel = "json|csv", descriptionKey = "table-format")
    String format;

    abstract TableCollector.Kind kind();

    @Override
    public Integer call() throws Exception {
        report.validate();
        rules.validate();
        if (!List.of("json", "csv").contains(format)) throw new Usage("usage.format", "value", format, "allowed", "json, csv");
        Output output = Output.to(report.output, facts.paths);
        return Guarded.run(report.lang, () -> {
            List<FactsDocument> docs = facts.documents();
            try {
                rules.ruleBase();
            } catch (InputException e) {
                throw Run.together(e, docs, facts.asOf);
            }
            try (TableCollector rows = new TableCollector(kind())) {
                Run.execute(docs, facts.asOf, List.of(rules.scenario(kind().name().toLowerCase())),
                        RunOptions.defaults().withFiringsPerFact(rules.firingBudget), rows, Progress.onTerminal(report.lang));
                output.write(out -> {
                    if (format.equals("csv")) Table.csv(out, rows.columns(), rows.rows());
                    else Table.json(out, rows.rows(), report.pretty);
                });
            }
            return ExitCodes.OK;
        });
    }

    @picocli.CommandLine.Command(name = "classify", mixinStandardHelpOptions = true)
    static final class Classify extends TableCommand {
        TableCollector.Kind kind() {
            return TableCollector.Kind.CLASSIFY;
        }
    }

    @picocli.CommandLine.Command(name = "entitlements", mixinStandardHelpOptions = true)
    static final class Entitlements extends TableCommand {
        TableCollector.Kind kind() {
            return TableCollector.Kind.ENTITLEMENTS;
        }
    }
}
