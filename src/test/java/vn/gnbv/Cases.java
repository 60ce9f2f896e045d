package vn.gnbv;

import vn.gnbv.engine.RuleBase;
import vn.gnbv.facts.FactsFiles;
import vn.gnbv.findings.Finding;
import vn.gnbv.run.Run;
import vn.gnbv.run.RunOptions;
import vn.gnbv.run.Scenario;
import vn.gnbv.summary.CheckCollector;
import vn.gnbv.summary.CheckSummary;
import vn.gnbv.waivers.WaiverFilter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helper: `check` of a case folder with the rules of the project, its findings and summary. */
public final class Cases {
    private static RuleBase rules;

    private Cases() {}

    public record Checked(Run.Checked run, List<Finding> findings, CheckSummary summary, RuleBase rules) {}

    public static synchronized RuleBase rules() throws Exception {
        if (rules == null) rules = RuleBase.compile(Path.of("rules"));
        return rules;
    }

    public static Checked check(String path) throws Exception {
        return check(path, RunOptions.defaults());
    }

    public static Checked check(String path, RunOptions options) throws Exception {
        RuleBase rb = rules();
        try (CheckCollector c = new CheckCollector(WaiverFilter.none())) {
            Run.Checked r = Run.execute(FactsFiles.documents(List.of(Path.of(path))), null,
                    List.of(Scenario.of("check", rb, Path.of("rules"))), options, c);
            List<Finding> fs = new ArrayList<>();
            c.findings().forEachRemaining(fs::add);
            return new Checked(r, fs, c.summary(r.facts(), r.counts()), rb);
        }
    }
}
