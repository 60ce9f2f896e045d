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

    @Test
    void draftOverlayReplacesValuesFromItsDate(@TempDir Path dir) throws Exception {
        Path draft = dir.resolve("draft.yaml");
        Files.writeString(draft, """
                household.income-line:
                  unit: VND/person/month
                  values:
                    rural:
                      2024-01-01: { value: 2200000, ref: "Dự thảo nghị quyết" }
                """);
        var cat = ParameterCatalogue.load(RULES, null).withDraft(draft);
        assertThat(cat.resolve(LocalDate.of(2024, 6, 30)).get("household.income-line.rural").orElseThrow().asLong())
                .isEqualTo(2_200_000);
        assertThat(cat.resolve(LocalDate.of(2023, 6, 30)).get("household.income-line.rural").orElseThrow().asLong())
                .isEqualTo(1_500_000);
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
