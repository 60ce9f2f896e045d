package vn.gnbv.cli;

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

    @Override
    public Integer call() throws Exception {
        return Guarded.run("en", () -> {
            Path dir = rules != null ? rules : RulesHome.defaultRules();
            FixtureRunner runner = rules != null ? new FixtureRunner(dir) : new FixtureRunner(dir, RulesHome.bundled());
            List<FixtureCase> cases = new ArrayList<>();
            for (Path p : paths.isEmpty() ? List.of(Path.of("fixtures")) : paths) cases.addAll(FixtureLoader.load(p));
            if (name != null) {
                String n = name.toLowerCase(Locale.ROOT);
                cases.removeIf(c -> !c.name().toLowerCase(Locale.ROOT).contains(n));
            }
            List<FixtureResult> results = new ArrayList<>();
            for (FixtureCase c : cases) results.add(runner.run(c));
            List<FixtureResult> failing = results.stream().filter(r -> !r.passed()).toList();
            try (PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
                for (FixtureResult r : failing) {
                    out.println("FAIL " + r.fixture().id());
                    r.differences().forEach(d -> out.println("    " + d));
                }
                if (update && !failing.isEmpty()) {
                    for (String line : ExpectUpdater.update(failing)) out.println(line);
                }
                Coverage cov = Coverage.of(runner.rules().rules(), results);
                if (coverage || minCoverage != null) printCoverage(out, cov);
                out.printf(Locale.ROOT, "%d passed, %d failed%n", results.size() - failing.size(), failing.size());
                if (junit != null) {
                    try (var w = Files.newBufferedWriter(junit, StandardCharsets.UTF_8)) {
                        JUnitResults.write(w, results);
                    }
                }
                boolean covered = minCoverage == null || cov.percent() + 1e-9 >= minCoverage;
                if (!covered) out.printf(Locale.ROOT, "coverage %.1f%% is below --min-coverage %.1f%%%n", cov.percent(), minCoverage);
                return failing.isEmpty() && covered || update && covered ? ExitCodes.OK : ExitCodes.FINDINGS;
            }
        });
    }

    private static void printCoverage(PrintWriter out, Coverage cov) {
        out.printf(Locale.ROOT, "coverage: %d of %d rules fired (%.1f%%)%n", cov.fired(), cov.total(), cov.percent());
        for (Coverage.FileCoverage f : cov.files().values()) {
            int all = f.fired().size() + f.neverFired().size();
            out.printf(Locale.ROOT, "  %-45s %3d/%-3d%s%n", f.file(), f.fired().size(), all,
                    f.neverFired().isEmpty() ? "" : "  never fired: " + String.join(", ", f.neverFired()));
        }
    }
}
