package vn.gnbv.cli;

import vn.gnbv.catalogue.CatalogueEntry;
import vn.gnbv.engine.RuleBase;
import vn.gnbv.findings.RuleMeta;
import vn.gnbv.fixtures.Expectation;
import vn.gnbv.fixtures.FixtureCase;
import vn.gnbv.fixtures.FixtureLoader;
import vn.gnbv.fixtures.FixtureResult;
import vn.gnbv.fixtures.FixtureRunner;
import vn.gnbv.input.InputException;
import vn.gnbv.output.Messages;
import vn.gnbv.output.RuleDocWriter;
import vn.gnbv.parameters.Series;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * `gnbv rules --docs DIR`: a page per rule (rules/docs/<ID>.md), with an example from the fixtures
 * beside the rules folder: the first case expecting one of its findings, else the first case where
 * it fires. Pages of rules that no longer exist are removed.
 */
final class RuleDocsFolder {
    private RuleDocsFolder() {}

    static void write(Path docs, Path rulesDir, RuleBase rules, List<CatalogueEntry> entries, Map<String, Series> params,
                      Messages m) throws IOException, InputException {
        Map<String, RuleDocWriter.Example> examples = examples(rulesDir, rules);
        Files.createDirectories(docs);
        try (var old = Files.list(docs)) {
            for (Path p : old.toList()) {
                String n = p.getFileName().toString();
                if (n.endsWith(".md") && !rules.rules().containsKey(n.substring(0, n.length() - 3))) Files.delete(p);
            }
        }
        for (CatalogueEntry e : entries) {
            RuleMeta r = rules.rules().get(e.id());
            Output page = Output.to(docs.resolve(e.id() + ".md"), List.of());
            page.write((OutputStream out) -> RuleDocWriter.write(out, r, e, params, examples.get(e.id()), m));
        }
    }

    private static Map<String, RuleDocWriter.Example> examples(Path rulesDir, RuleBase rules) throws InputException {
        Map<String, RuleDocWriter.Example> out = new HashMap<>();
        Path fixtures = rulesDir.toAbsolutePath().normalize().getParent().resolve("fixtures");
        if (!Files.isDirectory(fixtures)) return out;
        // a rule's own fixture file explains it better than a whole case: whole cases last
        List<FixtureCase> cases = new ArrayList<>(FixtureLoader.load(fixtures));
        cases.sort(java.util.Comparator.comparing((FixtureCase c) -> c.factFiles() != null && !c.factFiles().isEmpty()));
        FixtureRunner runner = new FixtureRunner(rulesDir, rules);
        Map<String, RuleDocWriter.Example> fired = new HashMap<>();
        for (FixtureCase c : cases) {
            FixtureResult r = runner.run(c);
            for (String id : rules.rules().keySet()) {
                List<Expectation> mine = new ArrayList<>();
                for (Expectation x : c.expect()) if (x.rule().equals(id)) mine.add(x);
                String file = fixtures.getParent().relativize(Path.of(c.file()).toAbsolutePath().normalize()).toString();
                if (!mine.isEmpty()) out.putIfAbsent(id, new RuleDocWriter.Example(c, file, mine));
                else if (r.firedRules().contains(id)) fired.putIfAbsent(id, new RuleDocWriter.Example(c, file, List.of()));
            }
        }
        fired.forEach(out::putIfAbsent);
        return out;
    }
}
