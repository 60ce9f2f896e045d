package vn.gnbv.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.gnbv.catalogue.Catalogue;
import vn.gnbv.engine.RuleBase;
import vn.gnbv.output.CatalogueWriter;
import vn.gnbv.output.Messages;
import vn.gnbv.parameters.ParameterCatalogue;
import vn.gnbv.run.RulesHome;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "rules", mixinStandardHelpOptions = true)
final class RulesCommand implements Callable<Integer> {
    @Option(names = "--rules", paramLabel = "DIR", descriptionKey = "rules")
    Path rules;

    @Option(names = "--province", paramLabel = "ID", descriptionKey = "province")
    String province;

    @Option(names = "--format", paramLabel = "text|json|markdown", descriptionKey = "rules-format")
    String format;

    @Option(names = "--docs", paramLabel = "DIR", descriptionKey = "docs")
    Path docs;

    @Mixin
    ReportOptions report;

    @Override
    public Integer call() throws Exception {
        report.validate();
        format = OutputFormat.of(format, report.output, "text", CatalogueWriter.FORMATS);
        if (!CatalogueWriter.FORMATS.contains(format)) throw new Usage("usage.format", "value", format, "allowed", "text, json, markdown");
        Path dir = rules != null ? rules : RulesHome.defaultRules();
        if (rules != null && !Files.isDirectory(rules)) throw new Usage("usage.no-folder", "option", "--rules", "file", rules);
        if (province != null && !Files.isDirectory(ParameterCatalogue.provinceFolder(dir, province))) {
            throw new Usage("usage.province", "value", province, "allowed", String.join(", ", provinces(dir)));
        }
        Output output = Output.to(report.output, List.of());
        return Guarded.run(report.lang, () -> {
            RuleBase base = rules != null ? RuleBase.compile(rules) : RulesHome.bundled();
            var entries = Catalogue.of(base, ParameterCatalogue.ofRules(dir, province).series());
            Messages m = Messages.load(dir, report.lang);
            if (docs != null) {
                var params = ParameterCatalogue.ofRules(dir, province).series();
                RuleDocsFolder.write(docs, dir, base, entries, params, m);
                if (report.output == null) return ExitCodes.OK;
            }
            output.write(out -> CatalogueWriter.write(format, out, entries, m, report.pretty));
            return ExitCodes.OK;
        });
    }

    static List<String> provinces(Path dir) {
        try (var s = Files.list(ParameterCatalogue.folderOf(dir).resolve(ParameterCatalogue.PROVINCES))) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }
}
