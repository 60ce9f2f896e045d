package vn.gnbv.facts;

import org.junit.jupiter.api.Test;
import vn.gnbv.input.InputError;
import vn.gnbv.input.InputException;
import vn.gnbv.input.InputKind;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Strict loading: each kind of bad input is reported with its place; all errors of a run together. */
class FactsReaderTest {
    private static final String PLACES = """
            asOf: 2024-06-30
            districts: [{id: d1}]
            communes: [{id: c1, district: d1, urban: false}]
            """;

    private static FactsReader.Whole load(String yaml, java.time.LocalDate asOf) throws InputException {
        return FactsReader.readWhole(List.of(TokenDocument.text("case.yaml", yaml)), asOf);
    }

    private static List<InputError> errors(String yaml) {
        return errorsOf("case.yaml", yaml);
    }

    private static List<InputError> errorsOf(String name, String text) {
        try {
            FactsReader.readWhole(List.of(TokenDocument.text(name, text)), null);
        } catch (InputException e) {
            assertThat(e.kind()).isEqualTo(InputKind.FACTS);
            return e.errors();
        }
        throw new AssertionError("expected input errors");
    }

    @Test
    void loadsAValidCaseAndRemembersLines() throws Exception {
        var c = load(PLACES + """
                households:
                  - id: H-1
                    commune: c1
                    incomePerCapita: 1200000
                    members: [{id: P-1, birthDate: 1990-01-01}]
                """, null);
        assertThat(c.households()).hasSize(1);
        assertThat(c.households().get(0).source().line()).isEqualTo(5);
        assertThat(c.households().get(0).members().get(0).birthDate()).hasToString("1990-01-01");
    }

    @Test
    void numericIdsAreReadAsText() throws Exception {
        var c = load("asOf: 2024-06-30\ndistricts: [{id: 501}]\n"
                + "communes: [{id: 20332, district: 501, urban: false}]\nhouseholds: [{id: 7, commune: 20332}]\n", null);
        assertThat(c.households().get(0).id()).isEqualTo("7");
        assertThat(c.households().get(0).commune()).isEqualTo("20332");
    }

    @Test
    void unknownFieldWithSuggestion() {
        var e = errors(PLACES + "households: [{id: H-1, commune: c1, incomPerCapita: 5}]\n");
        assertThat(e).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("field.unknown");
            assertThat(x.args()).containsEntry("suggestion", "incomePerCapita");
            assertThat(x.location().line()).isEqualTo(4);
            assertThat(x.location().column()).isEqualTo(37);
        });
    }

    @Test
    void wrongTypeMissingFieldNegativeIncomeAllListed() {
        var e = errors(PLACES + """
                households:
                  - {id: H-1, commune: c1, incomePerCapita: "nhiều"}
                  - {commune: c1}
                  - {id: H-3, commune: c1, incomePerCapita: -1}
                """);
        assertThat(e).extracting(InputError::code)
                .containsExactly("value.wrong-type", "field.missing", "value.out-of-range");
        assertThat(e).extracting(x -> x.location().line()).containsExactly(5, 6, 7);
    }

    @Test
    void duplicateIdsAndDanglingReferences() {
        var e = errors(PLACES + """
                households:
                  - {id: H-1, commune: c1}
                  - {id: H-1, commune: c2}
                """);
        assertThat(e).extracting(InputError::code).containsExactlyInAnyOrder("id.duplicate", "ref.dangling");
        assertThat(e).filteredOn(x -> x.code().equals("ref.dangling")).singleElement()
                .satisfies(x -> assertThat(x.args()).containsEntry("suggestion", "c1"));
    }

    private static final String JSON_CASE = """
            {"asOf": "2024-06-30", "districts": [{"id": "d1"}],
             "communes": [{"id": "c1", "district": "d1", "urban": false}],
             "households": [{"id": "H-1", "commune": "c1", "incomPerCapita": 5},
              {"id": "H-2", "commune": "c1", "commune": "c1", "incomePerCapita": "nhiều"}]}
            """;

    @Test
    void jsonPlacesAreWhereTheKeyOrValueIsWritten() {
        // columns as an editor counts them: the key's opening quote, the value's first character
        var e = errorsOf("case.json", JSON_CASE);
        assertThat(e).filteredOn(x -> x.code().equals("field.unknown")).singleElement()
                .satisfies(x -> assertThat(x.location()).hasToString("case.json:3:48"));
        assertThat(e).filteredOn(x -> x.code().equals("value.wrong-type")).singleElement()
                .satisfies(x -> assertThat(x.location()).hasToString("case.json:4:70"));
    }

    @Test
    void aJsonHouseholdComesFromWhereItsBraceIs() throws Exception {
        var c = FactsReader.readWhole(List.of(TokenDocument.text("case.json", """
                {"asOf": "2024-06-30", "districts": [{"id": "d1"}],
                 "communes": [{"id": "c1", "district": "d1", "urban": false}],
                 "households": [{"id": "H-1", "commune": "c1"},
                   {"id": "H-2", "commune": "c1"}]}
                """)), null);
        assertThat(c.households()).extracting(h -> h.source().toString()).containsExactly("case.json:3:17", "case.json:4:4");
    }

    @Test
    void aKeyWrittenTwiceIsNamedWithBothPlacesAndTheRestIsStillRead() {
        var e = errorsOf("case.json", JSON_CASE);
        assertThat(e).extracting(InputError::code).containsExactly("field.unknown", "field.duplicate", "value.wrong-type");
        assertThat(e.get(1).location()).hasToString("case.json:4:34");
        assertThat(e.get(1).args()).containsEntry("field", "commune").containsEntry("first", new vn.gnbv.input.Location("case.json", 4, 28));
    }

    @Test
    void aCaseFileKeyWrittenTwiceIsReportedOnceAndTheFileIsStillRead() {
        // households before the places: they are read a second time, the file's own error is not repeated
        var e = errors("""
                asOf: 2024-06-30
                households: [{id: H-1, commune: c1}]
                asOf: 2024-07-31
                districts: [{id: d1}]
                communes: [{id: c1, district: d1, urban: false}]
                """);
        assertThat(e).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("field.duplicate");
            assertThat(x.location()).hasToString("case.yaml:3:1");
            assertThat(x.args()).containsEntry("first", new vn.gnbv.input.Location("case.yaml", 1, 1));
        });
    }

    @Test
    void communeInUnknownDistrict() {
        var e = errors("asOf: 2024-06-30\ncommunes: [{id: c1, district: nowhere}]\n");
        assertThat(e).extracting(InputError::code).containsExactly("ref.dangling");
    }

    @Test
    void birthDateAfterAsOfAndBadDate() {
        var e = errors(PLACES + """
                households:
                  - {id: H-1, commune: c1, members: [{id: P-1, birthDate: 2024-07-01}]}
                  - {id: H-2, commune: c1, members: [{id: P-2, birthDate: 2024-13-01}]}
                """);
        assertThat(e).extracting(InputError::code).containsExactlyInAnyOrder("value.after-as-of", "value.bad-date");
    }

    @Test
    void unknownWordAndUnknownSection() {
        var e = errors(PLACES + "households: [{id: H-1, commune: c1, recordedStatus: pour}]\nfigure: []\n");
        assertThat(e).extracting(InputError::code).containsExactly("value.not-one-of", "field.unknown");
        assertThat(e.get(0).args()).containsEntry("suggestion", "poor");
        assertThat(e.get(1).args()).containsEntry("suggestion", "figures");
    }

    @Test
    void figuresReadTheReportsNotation() throws Exception {
        Case c = FactsReader.readWhole(List.of(TokenDocument.text("r.yaml", """
                asOf: 2024-06-30
                figures:
                  - {id: a, value: "1.271,096 tỷ đồng"}
                  - {id: b, value: "97,83%"}
                  - {id: c, value: "102.171 triệu đồng"}
                  - {id: d, value: "-8.458", unit: households}
                  - {id: e, value: 742287000000}
                """)), null).facts();
        assertThat(c.get(Sections.FIGURES)).extracting(f -> f.value().toPlainString() + " " + f.unit() + " " + f.precision())
                .containsExactly("1271.096 billion-VND 3", "97.83 percent 2", "102171 million-VND 0",
                        "-8458 households 0", "742287000000 number 0");
    }

    @Test
    void figureErrorsUnreadableMissingCycleAndUnits() {
        var e = errors("""
                asOf: 2024-06-30
                figures:
                  - {id: a, value: "khoảng 5 tỷ"}
                  - {id: b, value: 1, sumOf: [c, nowhere]}
                  - {id: c, value: 1, sumOf: [d]}
                  - {id: d, value: 1, differenceOf: [c]}
                  - {id: f, value: "5%", sumOf: [g], ratioOf: [g, g]}
                  - {id: g, value: "5 tỷ đồng", unit: percent}
                """);
        assertThat(e).extracting(InputError::code).containsExactly(
                "figure.unreadable", "ref.dangling", "figure.two-parts", "figure.many-relations", "figure.unit-conflict");
    }

    @Test
    void figureCycleIsAnError() {
        var e = errors("asOf: 2024-06-30\nfigures:\n  - {id: a, value: 1, sumOf: [b]}\n  - {id: b, value: 1, sameAs: a}\n");
        assertThat(e).extracting(InputError::code).containsExactly("figure.cycle");
        assertThat(e.get(0).args().get("cycle").toString()).contains("a → b → a");
    }

    @Test
    void fundAmountsMustBeConsistentAndUnitsKnown() {
        var e = errors(PLACES + """
                funds:
                  - {id: F1, planYear: 2024, kind: investment, unit: province, planned: 100, allocated: 101}
                  - {id: F2, planYear: 2024, kind: investment, unit: province, planned: 100, allocated: 50, disbursed: 51}
                  - {id: F3, planYear: 2024, kind: investment, project: "9.9", unit: "district:d2", planned: 1}
                  - {id: F4, planYear: 2024, originYear: 2025, kind: capital, unit: province, planned: 1}
                  - {id: F5, planYear: 2024, kind: recurrent, unit: province, planned: 1, disburseBy: 2024-12-31}
                counterparts: [{unit: "commune:c9", year: 2024, allocated: -1}]
                """);
        assertThat(e).extracting(InputError::code).containsExactly(
                "fund.allocated-above-planned", "fund.disbursed-above-allocated", "value.not-one-of", "ref.unit",
                "value.not-one-of", "field.missing", "ref.unit", "value.out-of-range");
        assertThat(e.get(0).location().line()).isEqualTo(5);
    }

    @Test
    void cardErrorsUnknownGroupPercentAndDates() {
        var e = errors(PLACES + """
                households:
                  - id: H-1
                    commune: c1
                    members:
                      - {id: P-1, card: {group: poorr, supportPercent: 100}}
                      - {id: P-2, card: {group: poor, supportPercent: 101}}
                      - {id: P-3, card: {group: poor, supportPercent: 100, from: 2024-12-31, to: 2024-01-01}}
                insuranceFunding: [{unit: province, year: 2024, group: atk, amount: 1}]
                """);
        assertThat(e).extracting(InputError::code).containsExactly(
                "value.not-one-of", "value.out-of-range", "value.dates-out-of-order", "value.not-one-of");
        assertThat(e.get(0).args()).containsEntry("suggestion", "poor");
        assertThat(e).extracting(x -> x.location().line()).containsExactly(8, 9, 10, 11);
    }

    @Test
    void syntaxErrorIsLocated() {
        var e = errors("asOf: 2024-06-30\nhouseholds: [ {id: H-1\n");
        assertThat(e).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("syntax.unexpected-end");
            assertThat(x.location()).hasToString("case.yaml:3:1");
        });
    }

    @Test
    void missingAsOfUnlessGivenOnTheCommandLine() throws Exception {
        assertThat(errors("districts: [{id: d1}]\n")).extracting(InputError::code).containsExactly("facts.no-as-of");
        assertThat(load("districts: [{id: d1}]\n", java.time.LocalDate.of(2024, 1, 1)).facts().asOf())
                .hasToString("2024-01-01");
    }

    @Test
    void householdsReadBeforeTheirCommunesAreCheckedAgainstThemAndReportedOnce(@org.junit.jupiter.api.io.TempDir Path dir) {
        // the date is known before the households, the communes only after: the first, speculative reading
        // must neither report the commune as missing nor leave the household's own error twice
        assertThatThrownBy(() -> {
            Files.writeString(dir.resolve("a.yaml"), "asOf: 2024-06-30\n");
            Files.writeString(dir.resolve("b.yaml"), "households: [{id: H-1, commune: c1, incomePerCapita: x}]\n");
            Files.writeString(dir.resolve("c.yaml"), "districts: [{id: d1}]\ncommunes: [{id: c1, district: d1, urban: false}]\n");
            FactsReader.readWhole(FactsFiles.documents(List.of(dir)), null);
        }).isInstanceOf(InputException.class).satisfies(x -> assertThat(((InputException) x).errors())
                .extracting(InputError::code).containsExactly("value.wrong-type"));
    }

    @Test
    void folderOfFilesIsMergedAndConflictsReported(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.yaml"), PLACES);
        Files.writeString(dir.resolve("b.json"), "{\"households\": [{\"id\": \"H-1\", \"commune\": \"c1\"}]}");
        assertThat(FactsReader.readWhole(FactsFiles.documents(List.of(dir)), null).households()).hasSize(1);
        Files.writeString(dir.resolve("c.yaml"), "asOf: 2024-07-01\n");
        assertThatThrownBy(() -> FactsReader.readWhole(FactsFiles.documents(List.of(dir)), null)).isInstanceOf(InputException.class)
                .satisfies(x -> assertThat(((InputException) x).errors()).extracting(InputError::code)
                        .containsExactly("facts.as-of-conflict"));
    }
}
