package vn.gnbv.facts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gnbv.facts.Workbooks.row;

/** Layout (a): one sheet, one row per member; a household's columns repeated, or left blank after its first row. */
class RosterLayoutTest {
    private static final List<Object> HEADER = Arrays.asList("Mã hộ", "Mã xã", "Thu nhập bình quân đầu người/tháng",
            "Mã thành viên", "Ngày sinh", "Giới tính");


    @Test
    void repeatedOrBlankHouseholdColumnsGiveTheSameHouseholds(@TempDir Path a, @TempDir Path b) throws Exception {
        Workbooks.write(Rosters.places(a).resolve("ho.xlsx"), "Danh sách hộ", List.of(HEADER,
                row("H-1", "c1", 1200000, "P-1", LocalDate.of(1980, 1, 2), "Nam"),
                row("H-1", "c1", 1200000, "P-2", LocalDate.of(1982, 3, 4), "Nữ"),
                row("H-2", "c2", 900000, "P-3", LocalDate.of(1990, 5, 6), "Nữ")));
        Workbooks.write(Rosters.places(b).resolve("ho.xlsx"), "Danh sách hộ", List.of(HEADER,
                row("H-1", "c1", 1200000, "P-1", LocalDate.of(1980, 1, 2), "Nam"),
                row(null, null, null, "P-2", LocalDate.of(1982, 3, 4), "Nữ"),
                row("H-2", "c2", 900000, "P-3", LocalDate.of(1990, 5, 6), "Nữ")));
        List<Household> repeated = Rosters.households(a), blank = Rosters.households(b);
        assertThat(repeated).extracting(Household::id).containsExactly("H-1", "H-2");
        assertThat(repeated.get(0).members()).extracting(Member::id).containsExactly("P-1", "P-2");
        assertThat(repeated.get(0).members().get(1).sex()).isEqualTo("female");
        assertThat(repeated.get(1).incomePerCapita()).isEqualTo(900000L);
        for (int i = 0; i < 2; i++) {
            assertThat(blank.get(i).withRecordedStatus(null).members()).extracting(Member::id)
                    .isEqualTo(repeated.get(i).members().stream().map(Member::id).toList());
            assertThat(blank.get(i).commune()).isEqualTo(repeated.get(i).commune());
        }
    }

    @Test
    void householdsAndMembersAreLocatedAtTheirCells(@TempDir Path dir) throws Exception {
        Workbooks.write(Rosters.places(dir).resolve("ho.xlsx"), "Thôn 1", List.of(HEADER,
                row("H-1", "c1", 1, "P-1"), row(null, null, null, "P-2")));
        Household h = Rosters.households(dir).get(0);
        assertThat(h.source()).hasToString(dir.resolve("ho.xlsx") + "!Thôn 1:A2");
        assertThat(h.source().file()).endsWith("ho.xlsx!Thôn 1");
        assertThat(h.source().line()).isEqualTo(2);
        assertThat(h.source().column()).isEqualTo(1);
        assertThat(h.members().get(1).source()).hasToString(dir.resolve("ho.xlsx") + "!Thôn 1:D3");
    }

    @Test
    void titleRowsAboveTheHeaderAndColumnNumbersBelowAreReadPast(@TempDir Path dir) throws Exception {
        Workbooks.write(Rosters.places(dir).resolve("ho.xlsx"), "Biểu 01", List.of(
                row("DANH SÁCH HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2024"), row("Xã Trà Mai"), row(),
                HEADER, row("(1)", "(2)", "(3)", "(4)", "(5)", "(6)"),
                row("H-1", "c1", 1, "P-1")));
        assertThat(Rosters.households(dir)).singleElement().extracting(Household::id).isEqualTo("H-1");
    }

    @Test
    void everySheetIsARosterButTheTemplatesExplanation(@TempDir Path dir) throws Exception {
        Workbooks.write(Rosters.places(dir).resolve("ho.xlsx"),
                "Thôn 1", List.of(HEADER, row("H-1", "c1", 1, "P-1")),
                "Thôn 2", List.of(HEADER, row("H-2", "c1", 1, "P-2")),
                "Giải thích", List.of(row("Cột", "Ý nghĩa"), row("Mã hộ", "Mã hộ trong danh sách")),
                "Sheet3", List.of());
        assertThat(Rosters.households(dir)).extracting(Household::id).containsExactly("H-1", "H-2");
    }

    @Test
    void aHouseholdWithoutMemberColumnsHasNoMembers(@TempDir Path dir) throws Exception {
        Workbooks.write(Rosters.places(dir).resolve("ho.xlsx"), "Hộ", List.of(
                row("Mã hộ", "Mã xã", "Phân loại hộ"), row("H-1", "c1", "Hộ nghèo"), row("H-2", "c1", "cận nghèo")));
        assertThat(Rosters.households(dir)).extracting(Household::recordedStatus).containsExactly("poor", "near-poor");
        assertThat(Rosters.households(dir).get(0).members()).isEmpty();
    }

    @Test
    void aRosterBeforeTheCaseFileIsReadOnceTheDateIsKnown(@TempDir Path dir) throws Exception {
        // "a-ho.xlsx" sorts before "case.yaml": the roster waits for the date and places, and is read once
        Workbooks.write(Rosters.places(dir).resolve("a-ho.xlsx"), "Hộ", List.of(HEADER,
                row("H-1", "c1", "nhiều", "P-1")));
        assertThat(Rosters.errors(dir)).containsExactly(
                "a-ho.xlsx!Hộ:C2: error: Column 'Thu nhập bình quân đầu người/tháng': expected a whole number ≥ 0, but the cell says 'nhiều'");
    }
}
