package vn.gnbv.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.gnbv.facts.FactsDocument;
import vn.gnbv.facts.FactsFiles;
import vn.gnbv.input.InputException;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The facts a command reads: files or folders, and the date to evaluate as of. */
final class FactsOptions {
    @Parameters(arity = "1..*", paramLabel = "PATH", descriptionKey = "paths")
    List<Path> paths;

    @Option(names = "--as-of", paramLabel = "DATE", converter = Dates.class, descriptionKey = "as-of")
    LocalDate asOf;

    List<FactsDocument> documents() throws InputException {
        return FactsFiles.documents(paths);
    }
}
