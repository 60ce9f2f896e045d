package vn.gnbv.cli;

import vn.gnbv.input.ErrorText;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.gnbv.run.RulesHome;
import vn.gnbv.fixtures.Coverage;
import vn.gnbv.fixtures.ExpectUpdater;
import vn.gnbv.fixtures.FixtureCase;
import vn.gnbv.fixtures.FixtureLoader;
import vn.gnbv.fixtures.FixtureResult;
import vn.gnbv.fixtures.FixtureRunner;
import vn.gnbv.fixtures.JUnitResults;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "test", mixinStandardHelpOptions = true)
final class TestCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", descriptionKey = "test-paths")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--rules", paramLabel = "DIR", descriptionKey = "rules")
    Path rules;

    @Option(names = "--name", paramLabel = "TEXT", descriptionKey = "name")
    String name;

    @Option(names = "--junit", paramLabel = "FILE", descriptionKey = "junit")
    Path junit;

    @Option(names = "--update", descriptionKey = "update")
    boolean update;

    @Option(names = "--coverage", descriptionKey = "coverage")
    boolean coverage;

    @Option(names = "--min-coverage", paramLabel = "PCT", descriptionKey = "min-coverage")
    Double minCoverage;

    @Option(names = "--lang", defaultValue = "vi", paramLabel = "vi|en", descriptionKey = "lang")
    String lang;

    @Override
    public Integer call() throws Exception {
        Usage.requireLanguage(lang);
        if (minCoverage != null && (minCoverage < 0 || minCoverage > 100)) {
            throw new Usage("usage.out-of-range", "option", "--min-coverage", "value", minCoverage, "min", 0, "max", 100);
        }
        ErrorText text = new ErrorText(lang);
        return Guarded.run(lang, () -> {
            Path dir = rules != null ? rules : RulesHome.defaultRules();
            FixtureRunner runner = rules != null ? new FixtureRunner(dir) : new FixtureRunner(dir, RulesHome.bundled());
            List<FixtureCase> cases = new ArrayList<>();
            for (Path p : paths.isEmpty() ? List.of(Path.of("fixtures")) : paths) cases.addAll(FixtureLoader.load(p));
            if (name != null) {
                String n = name.toLowerCase(Locale.ROOT);
                cases.removeIf(c -> !c.name().toLowerCase(Locale.ROOT).contains(n));
            }
            if (cases.isEmpty()) {
                // a CI job that selects nothing tests nothing: say so and fail, never "0 passed"
                throw new Usage("test.none", "paths", paths.isEmpty() ? "fixtures" : paths.toString(), "name", name == null ? "—" : name);
            }
            List<FixtureResult> results = new ArrayList<>();
            for (FixtureCase c : cases) results.add(runner.run(c));
            List<FixtureResult> failing = results.stream().filter(r -> !r.passed()).toList();
            try (PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
                for (FixtureResult r : failing) {
                    out.println(text.text("test.fail") + " " + r.fixture().id());
                    r.differences().forEach(d -> out.println("    " + d.text(text)));
                }
                if (update && !failing.isEmpty()) {
                    for (String line : ExpectUpdater.update(failing, text)) out.println(line);
                }
                Coverage cov = Coverage.of(runner.rules().rules(), results);
                if (coverage || minCoverage != null) printCoverage(out, cov, text);
                out.println(text.sentence("test.summary", Map.of("passed", results.size() - failing.size(), "failed", failing.size())));
                if (junit != null) {
                    try (var w = Files.newBufferedWriter(junit, StandardCharsets.UTF_8)) {
                        JUnitResults.write(w, results, text);
                    }
                }
                boolean covered = minCoverage == null || cov.percent() + 1e-9 >= minCoverage;
                if (!covered) {
                    out.println(text.sentence("test.coverage-below", Map.of("percent", text.decimal(cov.percent()),
                            "min", text.decimal(minCoverage))));
                }
                return failing.isEmpty() && covered || update && covered ? ExitCodes.OK : ExitCodes.FINDINGS;
            }
        });
    }

    private static void printCoverage(PrintWriter out, Coverage cov, ErrorText text) {
        out.println(text.sentence("test.coverage", Map.of("fired", cov.fired(), "total", cov.total(),
                "percent", text.decimal(cov.percent()))));
        for (Coverage.FileCoverage f : cov.files().values()) {
            int all = f.fired().size() + f.neverFired().size();
            out.printf(Locale.ROOT, "  %-45s %3d/%-3d%s%n", f.file(), f.fired().size(), all,
                    f.neverFired().isEmpty() ? "" : "  " + text.text("test.never-fired") + ": " + String.join(", ", f.neverFired()));
        }
    }
}
