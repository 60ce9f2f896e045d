package vn.gnbv.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.gnbv.catalogue.Catalogue;
import vn.gnbv.catalogue.CatalogueWriter;
import vn.gnbv.check.RulesHome;
import vn.gnbv.engine.RuleSet;
import vn.gnbv.parameters.ParameterCatalogue;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "The rule catalogue: ID, severity, legal basis, parameters read, in force from/to, confidence.")
final class RulesCommand implements Callable<Integer> {
    @Option(names = "--rules", paramLabel = "DIR", description = "rules folder (default: the bundled rules/)")
    Path rules;

    @Option(names = "--province", description = "include this province's parameter overlay")
    String province;

    @Option(names = "--format", defaultValue = "text", description = "text (default), json or markdown")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of standard output")
    Path output;

    enum Format { text, json, markdown }

    @Override
    public Integer call() throws Exception {
        Path dir = rules != null ? rules : RulesHome.defaultRules();
        return Guarded.run("vi", () -> {
            var entries = Catalogue.of(RuleSet.compile(dir),
                    ParameterCatalogue.load(dir.resolve("parameters"), province).series());
            try (PrintWriter out = Output.open(output)) {
                switch (format) {
                    case json -> CatalogueWriter.json(out, entries);
                    case markdown -> CatalogueWriter.markdown(out, entries);
                    default -> CatalogueWriter.text(out, entries);
                }
            }
            return ExitCodes.OK;
        });
    }
}
