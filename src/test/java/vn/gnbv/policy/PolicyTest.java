package vn.gnbv.policy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gnbv.classify.Classification;
import vn.gnbv.classify.ClassificationRow;
import vn.gnbv.engine.Checker;
import vn.gnbv.engine.RuleSet;
import vn.gnbv.facts.Case;
import vn.gnbv.facts.FactsLoader;
import vn.gnbv.parameters.ParameterCatalogue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Drafts against the baseline: exactly the households near the line move; nothing else does. */
class PolicyTest {
    private static final Path RULES = Path.of("rules");
    private static final Path CASE = Path.of("fixtures/cases/near-the-line");
    private static final Path DRAFT = Path.of("drafts/rural-income-line-2.2m.yaml");

    private static ParameterCatalogue base(Case c) throws Exception {
        return ParameterCatalogue.load(RULES.resolve("parameters"), c.province());
    }

    @Test
    void raisingTheRuralLineMovesExactlyTheHouseholdsNearIt() throws Exception {
        Case c = FactsLoader.load(List.of(CASE), null);
        RuleSet rules = RuleSet.compile(RULES);
        DraftComparison d = DraftComparison.of(c, Scenario.run(c, rules, base(c)),
                Scenario.run(c, rules, base(c).withDraft(DRAFT)));
        assertThat(d.changedParameters()).containsExactly("household.income-line.rural");
        assertThat(d.changedRules()).isEmpty();
        var district = d.districts().get("phu-ninh");
        assertThat(district.reclassified()).extracting(DraftComparison.Reclassified::household, DraftComparison.Reclassified::after)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("B", "near-poor"), org.assertj.core.groups.Tuple.tuple("C", "poor"));
        // B-1, B-2: 30% -> 70% of 81,000 a month; C-1: 30% -> 100%
        assertThat(district.support()).extracting(DraftComparison.SupportChange::person).containsExactly("B-1", "B-2", "C-1");
        assertThat(district.yearlyCostDifference()).isEqualTo(2 * 388_800 + 680_400);
        assertThat(district.findings()).extracting(f -> f.change() + " " + f.after().rule() + " " + f.after().subject())
                .containsExactly("added HH-002 household:B", "added HH-002 household:C");
        assertThat(district.findings()).allSatisfy(f -> assertThat(f.dependsOn()).containsExactly("household.income-line.rural"));
        assertThat(d.draft().yearlyStateCost() - d.baseline().yearlyStateCost()).isEqualTo(district.yearlyCostDifference());
    }

    @Test
    void theDiffAgreesWithClassifyRunTwiceByHand() throws Exception {
        Case c = FactsLoader.load(List.of(CASE), null);
        RuleSet rules = RuleSet.compile(RULES);
        var before = statuses(c, new Checker(rules).check(c, base(c).resolve(c.asOf())));
        var after = statuses(c, new Checker(rules).check(c, base(c).withDraft(DRAFT).resolve(c.asOf())));
        DraftComparison d = DraftComparison.of(c, Scenario.run(c, rules, base(c)), Scenario.run(c, rules, base(c).withDraft(DRAFT)));
        var moved = before.keySet().stream().filter(h -> !before.get(h).equals(after.get(h))).sorted().toList();
        assertThat(d.districts().values().stream().flatMap(x -> x.reclassified().stream())
                .map(DraftComparison.Reclassified::household).sorted().toList()).isEqualTo(moved);
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
        Case c = FactsLoader.load(List.of(Path.of("fixtures/cases/tra-mai-2024")), null);
        RuleSet rules = RuleSet.compile(RULES);
        DraftComparison d = DraftComparison.of(c, Scenario.run(c, rules, base(c)), Scenario.run(c, rules, base(c).withDraft(same)));
        assertThat(d.noChange()).isTrue();
        assertThat(d.changedParameters()).isEmpty();
        assertThat(d.baseline()).isEqualTo(d.draft());
    }

    @Test
    void sweepCountsMatchClassifyAtEachStep() throws Exception {
        Case c = FactsLoader.load(List.of(CASE), null);
        RuleSet rules = RuleSet.compile(RULES);
        var values = Sweep.values(new BigDecimal("1500000"), new BigDecimal("2500000"), new BigDecimal("100000"));
        assertThat(values).hasSize(11);
        var steps = Sweep.run(c, rules, base(c), "household.income-line.rural", values);
        for (Sweep.Step s : steps) {
            var cat = base(c).withValueOn("household.income-line.rural", c.asOf(), s.value().longValueExact(), "test");
            var counts = Classification.rows(c, new Checker(rules).check(c, cat.resolve(c.asOf()))).stream()
                    .collect(Collectors.groupingBy(ClassificationRow::status, Collectors.counting()));
            for (String status : Impact.STATUSES) {
                assertThat(s.impact().householdsByStatus().get(Impact.ALL).get(status)).as(s.value() + " " + status)
                        .isEqualTo(counts.getOrDefault(status, 0L));
            }
        }
        assertThat(steps.get(7).impact().householdsByStatus().get(Impact.ALL).get("poor")).isEqualTo(2);
    }

    private static Map<String, String> statuses(Case c, vn.gnbv.engine.CheckResult r) {
        return Classification.rows(c, r).stream().collect(Collectors.toMap(ClassificationRow::household, ClassificationRow::status));
    }
}
