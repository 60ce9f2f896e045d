package vn.gnbv.cli;

import picocli.CommandLine.Command;
import vn.gnbv.check.Run;
import vn.gnbv.classify.Classification;
import vn.gnbv.classify.ClassificationWriter;

import java.io.IOException;
import java.io.PrintWriter;

@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Each household's computed status under the standard in force, with the numbers behind it.")
final class ClassifyCommand extends TableCommand {
    @Override
    void write(PrintWriter out, Run run, boolean csv) throws IOException {
        var rows = Classification.rows(run.facts(), run.result());
        if (csv) ClassificationWriter.csv(out, rows);
        else ClassificationWriter.json(out, rows);
    }
}
