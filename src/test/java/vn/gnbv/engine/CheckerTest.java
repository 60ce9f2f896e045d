package vn.gnbv.engine;

import org.junit.jupiter.api.Test;
import vn.gnbv.facts.FactsFiles;
import vn.gnbv.facts.FactsReader;
import vn.gnbv.household.HouseholdFact;
import vn.gnbv.household.HouseholdFacts;
import vn.gnbv.parameters.ParameterCatalogue;
import vn.gnbv.parameters.ParameterSet;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A checker's sessions are reused batch after batch: nothing of one batch reaches the next. */
class CheckerTest {
    @Test
    void aBatchGivesTheSameResultsWhateverRanBeforeItOnTheSameChecker() throws Exception {
        Path rules = Path.of("rules");
        FactsReader.Whole example = FactsReader.readWhole(FactsFiles.documents(List.of(Path.of("fixtures/cases/tra-mai-2024"))), null);
        ParameterSet params = ParameterCatalogue.ofRules(rules, example.facts().province()).resolve(example.facts().asOf());
        List<HouseholdFact> all = example.households().stream().map(h -> HouseholdFacts.of(h, example.facts())).toList();
        List<HouseholdFact> first = all.subList(0, all.size() / 2);
        List<HouseholdFact> second = all.subList(all.size() / 2, all.size());
        RuleBase base = RuleBase.load(rules);

        Checker fresh = new Checker(base, params, Checker.DEFAULT_FIRINGS_PER_FACT, true);
        Checker.Result alone = fresh.households(second);
        Checker reused = new Checker(base, params, Checker.DEFAULT_FIRINGS_PER_FACT, true);
        Checker.Result before = reused.households(first);
        var firedBefore = List.copyOf(before.firedRules());
        Checker.Result after = reused.households(second);

        assertThat(before.findings()).isNotEmpty();
        assertThat(after.findings()).containsExactlyInAnyOrderElementsOf(alone.findings());
        assertThat(after.statuses()).containsExactlyInAnyOrderElementsOf(alone.statuses());
        assertThat(after.indicators()).containsExactlyInAnyOrderElementsOf(alone.indicators());
        assertThat(after.entitlements()).containsExactlyInAnyOrderElementsOf(alone.entitlements());
        assertThat(after.firedRules()).isEqualTo(alone.firedRules());
        assertThat(before.firedRules()).as("the first batch's coverage, after the second ran").containsExactlyElementsOf(firedBefore);
    }
}
