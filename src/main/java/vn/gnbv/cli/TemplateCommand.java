package vn.gnbv.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.gnbv.output.TemplateWorkbook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** An empty roster workbook to fill in: the header row gnbv reads, and a sheet explaining each column. */
@Command(name = "template", mixinStandardHelpOptions = true)
final class TemplateCommand implements Callable<Integer> {
    @Option(names = "--lang", defaultValue = "vi", paramLabel = "vi|en", descriptionKey = "lang")
    String lang;

    @Option(names = {"-o", "--output"}, defaultValue = "mau-danh-sach-ho.xlsx", paramLabel = "FILE", descriptionKey = "template-output")
    Path output;

    @Option(names = "--force", descriptionKey = "force")
    boolean force;

    @Override
    public Integer call() throws Exception {
        Usage.requireLanguage(lang);
        // a roster someone filled in is not replaced by an empty one without being asked
        if (Files.isRegularFile(output) && !force) throw new Usage("usage.output-exists", "file", output);
        Output out = Output.to(output, List.of());
        out.write(o -> TemplateWorkbook.write(o, lang));
        System.err.println(new vn.gnbv.input.ErrorText(lang).sentence("template.written", java.util.Map.of("file", output)));
        return ExitCodes.OK;
    }
}
