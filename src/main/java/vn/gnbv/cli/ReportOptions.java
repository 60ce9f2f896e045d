package vn.gnbv.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where and how a command writes: language, output file, indentation. */
final class ReportOptions {
    @Option(names = "--lang", defaultValue = "vi", paramLabel = "vi|en", descriptionKey = "lang")
    String lang;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "output")
    Path output;

    @Option(names = "--pretty", descriptionKey = "pretty")
    boolean pretty;

    void validate() {
        Usage.requireLanguage(lang);
    }
}
