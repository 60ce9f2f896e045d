package vn.gnbv.policy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gnbv.Cases;
import vn.gnbv.engine.RuleBase;
import vn.gnbv.facts.FactsFiles;
import vn.gnbv.run.Run;
import vn.gnbv.run.RunOptions;
import vn.gnbv.run.Scenario;
import vn.gnbv.summary.TableCollector;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Drafts against the baseline: exactly the households near the line move; nothing else does. */
class PolicyTest {
    private static final Path RULES = Path.of("rules");
    private static final String CASE = "fixtures/cases/near-the-line";
    private static final Path DRAFT = Path.of("drafts/rural-income-line-2.2m.yaml");

    private record Diffed(DiffCollector d, List<String> params) {}

    private static Diffed diff(String path, Path draft) throws Exception {
        RuleBase rules = Cases.rules();
        DiffCollector d = new DiffCollector();
        Run.Checked c = Run.execute(FactsFiles.documents(List.of(Path.of(path))), null,
                List.of(Scenario.of("b", rules, RULES).relisting(), Scenario.of("d", rules, RULES).withDraft(draft).relisting()),
                RunOptions.defaults(), d);
        return new Diffed(d, DraftChanges.of(c.parameters().get(0), c.parameters().get(1), Map.of(), Map.of()).parameterNames());
    }

    private static Map<String, String> statuses(String path, Path draft) throws Exception {
        Scenario s = Scenario.of("x", Cases.rules(), RULES);
        if (draft != null) s = s.withDraft(draft);
        try (TableCollector t = new TableCollector(TableCollector.Kind.CLASSIFY)) {
            Run.execute(FactsFiles.documents(List.of(Path.of(path))), null, List.of(s), RunOptions.defaults(), t);
            Map<String, String> out = new HashMap<>();
            t.rows().forEachRemaining(r -> out.put((String) r.get("household"), (String) r.get("status")));
            return out;
        }
    }

    private static <T> List<T> all(java.util.Iterator<T> it) {
        List<T> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void raisingTheRuralLineMovesExactlyTheHouseholdsNearIt() throws Exception {
        Diffed x = diff(CASE, DRAFT);
        DiffCollector d = x.d();
        assertThat(x.params()).containsExactly("household.income-line.rural");
        assertThat(all(d.reclassified())).extracting(m -> m.get("district") + " " + m.get("household") + " " + m.get("after"))
                .containsExactly("phu-ninh B near-poor", "phu-ninh C poor");
        // B-1, B-2: 30% -> 70% of 81,000 a month; C-1: 30% -> 100%
        assertThat(all(d.support())).extracting(m -> m.get("person")).containsExactly("B-1", "B-2", "C-1");
        assertThat(d.yearlyCostByDistrict().get("phu-ninh")).isEqualTo(2 * 388_800 + 680_400);
        var changes = all(d.findings());
        assertThat(changes).extracting(f -> f.change() + " " + f.after().rule() + " " + f.after().subject())
                .containsExactly("added HH-002 household:B", "added HH-002 household:C");
        assertThat(changes).allSatisfy(f -> assertThat(DiffCollector.dependsOn(f, x.params(), List.of()))
                .containsExactly("household.income-line.rural"));
        assertThat(d.draft().yearlyStateCost() - d.baseline().yearlyStateCost()).isEqualTo(2 * 388_800 + 680_400);
    }

    @Test
    void theDiffAgreesWithClassifyRunTwiceByHand() throws Exception {
        var before = statuses(CASE, null);
        var after = statuses(CASE, DRAFT);
        var moved = before.keySet().stream().filter(h -> !before.get(h).equals(after.get(h))).sorted().toList();
        assertThat(all(diff(CASE, DRAFT).d().reclassified())).extracting(m -> (String) m.get("household"))
                .isEqualTo(moved);
    }

    @Test
    void aDraftThatChangesNothingReportsNoChange(@TempDir Path dir) throws Exception {
        Path same = dir.resolve("same.yaml");
        Files.writeString(same, """
                household.income-line:
                  values:
                    rural:
                      2022-01-01: { value: 1500000, ref: "Không đổi" }
                """);
        Diffed x = diff("fixtures/cases/tra-mai-2024", same);
        assertThat(x.d().noChange()).isTrue();
        assertThat(x.params()).isEmpty();
        assertThat(x.d().baseline().byDistrict()).isEqualTo(x.d().draft().byDistrict());
        assertThat(x.d().baseline().yearlyStateCost()).isEqualTo(x.d().draft().yearlyStateCost());
    }

    @Test
    void sweepCountsMatchClassifyAtEachStep(@TempDir Path dir) throws Exception {
        RuleBase rules = Cases.rules();
        List<Scenario> scenarios = new ArrayList<>();
        for (long v = 1_500_000; v <= 2_500_000; v += 100_000) {
            scenarios.add(Scenario.of("" + v, rules, RULES).withValue("household.income-line.rural", v).relisting());
        }
        SweepCollector sweep = new SweepCollector(scenarios.size());
        Run.execute(FactsFiles.documents(List.of(Path.of(CASE))), null, scenarios, RunOptions.defaults(), sweep);
        for (int i = 0; i < scenarios.size(); i++) {
            long v = 1_500_000 + 100_000L * i;
            Path draft = dir.resolve("sweep-" + v + ".yaml");
            Files.writeString(draft, "household.income-line:\n  values:\n    rural:\n      2022-01-01: {value: " + v + ", ref: x}\n");
            Map<String, Long> counts = new HashMap<>();
            statuses(CASE, draft).values().forEach(s -> counts.merge(s, 1L, Long::sum));
            for (String status : Impact.STATUSES) {
                assertThat(sweep.impacts().get(i).households(status)).as(v + " " + status).isEqualTo(counts.getOrDefault(status, 0L));
            }
        }
        assertThat(sweep.impacts().get(7).households("poor")).isEqualTo(2);
    }
}
