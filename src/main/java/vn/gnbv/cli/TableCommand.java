package vn.gnbv.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.gnbv.facts.FactsDocument;
import vn.gnbv.input.InputException;
import vn.gnbv.output.Messages;
import vn.gnbv.output.Table;
import vn.gnbv.output.TableWorkbook;
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

    @Option(names = "--format", paramLabel = "json|csv|xlsx", descriptionKey = "table-format")
    String format;

    static final List<String> FORMATS = List.of("json", "csv", "xlsx");

    abstract TableCollector.Kind kind();

    @Override
    public Integer call() throws Exception {
        report.validate();
        rules.validate();
        format = OutputFormat.of(format, report.output, "json", FORMATS);
        if (!FORMATS.contains(format)) throw new Usage("usage.format", "value", format, "allowed", String.join(", ", FORMATS));
        Output output = Output.to(report.output, facts.paths, format.equals("xlsx") ? format : null);
        return Guarded.run(report.lang, () -> {
            List<FactsDocument> docs = facts.documents();
            try {
                rules.ruleBase();
            } catch (InputException e) {
                throw Run.together(e, docs, facts.asOf);
            }
            try (TableCollector rows = new TableCollector(kind())) {
                String name = kind().name().toLowerCase();
                Run.Checked checked = Run.execute(docs, facts.asOf, List.of(rules.scenario(name)),
                        RunOptions.defaults().withFiringsPerFact(rules.firingBudget), rows, Progress.onTerminal(report.lang));
                Drafts.warnNotInForce(checked, rules.rulesDir(), report.lang);
                Messages m = format.equals("xlsx") ? Messages.load(rules.rulesDir(), report.lang) : null;
                output.write(out -> {
                    switch (format) {
                        case "csv" -> Table.csv(out, rows.columns(), rows.rows());
                        case "xlsx" -> TableWorkbook.write(out, m, checked.facts().asOf(), name, rows.columns(), rows.rows());
                        default -> Table.json(out, rows.rows(), report.pretty);
                    }
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
