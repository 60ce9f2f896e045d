package vn.gnbv.parameters;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gnbv.input.InputError;
import vn.gnbv.input.InputException;
import vn.gnbv.input.InputKind;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParameterCatalogueTest {
    private static final Path RULES = Path.of("rules/parameters");

    @Test
    void incomeLineChangesOn2027() throws Exception {
        var cat = ParameterCatalogue.load(RULES, null);
        assertThat(cat.resolve(LocalDate.of(2026, 12, 31)).get("household.income-line.rural").orElseThrow().asLong())
                .isEqualTo(1_500_000);
        assertThat(cat.resolve(LocalDate.of(2027, 1, 1)).get("household.income-line.rural").orElseThrow().asLong())
                .isEqualTo(2_200_000);
    }

    @Test
    void endedValueIsAbsentNotAnError() throws Exception {
        var set = ParameterCatalogue.load(RULES, null).resolve(LocalDate.of(2027, 1, 1));
        assertThat(set.get("household.middle-upper.rural")).isEmpty();
        assertThat(set.get("household.indicators")).isEmpty();
    }

    @Test
    void confidenceIsCarried() throws Exception {
        var set = ParameterCatalogue.load(RULES, null).resolve(LocalDate.of(2024, 6, 30));
        assertThat(set.get("household.nutrition.child-age-below").orElseThrow().unconfirmed()).isTrue();
        assertThat(set.get("household.income-line.urban").orElseThrow().confidence()).isEqualTo("confirmed");
    }

    @Test
    void dateBeforeEveryValueNamesTheParameter() throws Exception {
        var set = ParameterCatalogue.load(RULES, null).resolve(LocalDate.of(2021, 6, 30));
        assertThatThrownBy(() -> set.requireCovered(java.util.List.of("household.income-line"))).isInstanceOf(InputException.class)
                .satisfies(e -> {
                    assertThat(((InputException) e).kind()).isEqualTo(InputKind.RULES);
                    assertThat(((InputException) e).errors()).extracting(x -> x.args().get("name"))
                            .containsExactly("household.income-line.rural", "household.income-line.urban");
                });
        set.requireCovered(java.util.List.of("funding.allocation")); // only what is asked for
    }

    /** A draft of the rural income line: its values as date, value, date, value, … */
    private static Path ruralLineDraft(Path dir, Object... datesAndValues) throws Exception {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < datesAndValues.length; i += 2) {
            values.append("      ").append(datesAndValues[i]).append(": { value: ").append(datesAndValues[i + 1])
                    .append(", ref: \"Dự thảo nghị quyết\" }\n");
        }
        Path draft = dir.resolve("draft.yaml");
        Files.writeString(draft, "household.income-line:\n  unit: VND/person/month\n  values:\n    rural:\n" + values);
        return draft;
    }

    @Test
    void draftOverlayReplacesValuesFromItsDate(@TempDir Path dir) throws Exception {
        Path draft = ruralLineDraft(dir, "2024-01-01", 2_200_000);
        var cat = ParameterCatalogue.load(RULES, null).withDraft(draft);
        assertThat(cat.resolve(LocalDate.of(2024, 6, 30)).get("household.income-line.rural").orElseThrow().asLong())
                .isEqualTo(2_200_000);
        assertThat(cat.resolve(LocalDate.of(2023, 6, 30)).get("household.income-line.rural").orElseThrow().asLong())
                .isEqualTo(1_500_000);
    }

    /** A draft value the date does not take is named, with why: after the date, or replaced by a later value. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            // asOf,     the draft's values are named as not in force: name@from>replacedFrom (- : after the date)
            "2024-06-30, household.income-line.rural@2026-01-01>-",
            "2025-12-31, household.income-line.rural@2026-01-01>-",
            "2026-01-01, household.income-line.rural@2024-01-01>2026-01-01",
            "2026-12-31, household.income-line.rural@2024-01-01>2026-01-01",
            // 2027: the decree's own value from 01/01/2027 replaces both of the draft's
            "2027-01-01, household.income-line.rural@2024-01-01>2027-01-01 household.income-line.rural@2026-01-01>2027-01-01",
            "2023-12-31, household.income-line.rural@2024-01-01>- household.income-line.rural@2026-01-01>-",
    })
    void draftValuesNotInForceOnTheDateAreNamed(LocalDate asOf, String expected, @TempDir Path dir) throws Exception {
        Path draft = ruralLineDraft(dir, "2024-01-01", 1_800_000, "2026-01-01", 2_000_000);
        var set = ParameterCatalogue.load(RULES, null).withDraft(draft).resolve(asOf);
        assertThat(set.draftNotInForce()).extracting(v -> v.name() + "@" + v.from() + ">" + (v.afterTheDate() ? "-" : v.replacedFrom()))
                .containsExactly(expected.split(" "));
        assertThat(set.draftNotInForce()).allSatisfy(v -> assertThat(v.source().file()).isEqualTo(draft.toString()));
    }

    @Test
    void aDraftValueInForceIsNotNamedNorAreTheRulesOwnValues(@TempDir Path dir) throws Exception {
        Path draft = ruralLineDraft(dir, "2024-01-01", 1_800_000);
        var cat = ParameterCatalogue.load(RULES, null);
        assertThat(cat.resolve(LocalDate.of(2024, 6, 30)).draftNotInForce()).isEmpty();
        assertThat(cat.withDraft(draft).resolve(LocalDate.of(2024, 6, 30)).draftNotInForce()).isEmpty();
        // a sweep's value replaces the one in force on the date: never named
        assertThat(cat.withDraft(draft).withValueOn("household.income-line.rural", LocalDate.of(2024, 6, 30), 1_900_000L, "sweep")
                .resolve(LocalDate.of(2024, 6, 30)).draftNotInForce()).isEmpty();
    }

    @Test
    void draftNamingAnUnknownParameterOrUnitIsAnInputError(@TempDir Path dir) throws Exception {
        Path draft = dir.resolve("draft.yaml");
        Files.writeString(draft, """
                household.incme-line:
                  values: { rural: { 2024-01-01: { value: 1, ref: x } } }
                household.income-line:
                  unit: USD
                  values: { rural: { 2024-01-01: { value: 1, ref: x } } }
                """);
        var cat = ParameterCatalogue.load(RULES, null);
        assertThatThrownBy(() -> cat.withDraft(draft)).isInstanceOf(InputException.class).satisfies(e -> {
            assertThat(((InputException) e).kind()).isEqualTo(InputKind.FACTS);
            assertThat(((InputException) e).errors()).extracting(InputError::code)
                    .containsExactlyInAnyOrder("params.unknown-name", "params.wrong-unit");
        });
    }
}
