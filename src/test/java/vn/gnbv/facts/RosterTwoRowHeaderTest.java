package vn.gnbv.facts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gnbv.facts.Workbooks.row;

/**
 * A header on two rows, as printed forms group columns: a label over several columns and their own
 * names under it. Each name is read after its label ("Thẻ BHYT" over "Nhóm" is "Thẻ BHYT: Nhóm"),
 * or alone when the label is no column's part; a column whose name spans both rows keeps it; a
 * household's first row under a one-row header is never taken for a second header row.
 */
class RosterTwoRowHeaderTest {

    @Test
    void namesUnderALabelAreReadAfterIt(@TempDir Path dir) throws Exception {
        Workbooks.write(Rosters.places(dir).resolve("ho.xlsx"), "Thôn 1", List.of(
                row("DANH SÁCH HỘ"),
                row("Mã hộ", "Mã xã", "Mã thành viên", "Thẻ BHYT", null, null, null, "Nhà ở"),
                row(null, null, null, "Nhóm", "Mức hỗ trợ (%)", "Từ ngày", "Đến ngày", "Diện tích (m2)"),
                row("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"),
                row("H-1", "c1", "P-1", "Người thuộc hộ nghèo", 100, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 24),
                row("H-1", "c1", "P-2", "Người thuộc hộ nghèo", 100, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 24)));
        List<Household> hs = Rosters.households(dir);
        assertThat(hs).hasSize(1);
        Household h = hs.get(0);
        assertThat(h.dwelling().floorArea()).isEqualByComparingTo("24");
        assertThat(h.members()).extracting(Member::id).containsExactly("P-1", "P-2");
        Card card = h.members().get(0).card();
        assertThat(List.of(card.group(), card.supportPercent(), card.from(), card.to()))
                .containsExactly("poor", 100L, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
    }

    @Test
    void aLabelThatIsNoColumnsPartLeavesTheNamesUnderItAlone(@TempDir Path dir) throws Exception {
        Workbooks.write(Rosters.places(dir).resolve("ho.xls"), "Hộ", List.of(
                row("Mã hộ", "Mã xã", "Thông tin thành viên"),
                row(null, null, "Mã thành viên", "Họ tên", "Giới tính"),
                row("H-1", "c1", "P-1", "Hồ Thị Na", "Nữ")));
        Member m = Rosters.households(dir).get(0).members().get(0);
        assertThat(List.of(m.id(), m.name(), m.sex())).containsExactly("P-1", "Hồ Thị Na", "female");
    }

    @Test
    void aNameUnderALabelThatMakesNoColumnIsAnErrorNamingBoth(@TempDir Path dir) throws Exception {
        Workbooks.write(Rosters.places(dir).resolve("ho.xlsx"), "Hộ", List.of(
                row("Mã hộ", "Mã xã", "Mã thành viên", "Thẻ BHYT"),
                row(null, null, null, "Nhóm", "Số thẻ mới"),
                row("H-1", "c1", "P-1", "Khác", "X")));
        assertThat(Rosters.raw(dir)).extracting(e -> e.code() + " " + e.args().get("column"))
                .containsExactly("header.missing-with Thẻ BHYT: mức hỗ trợ (%)", "header.unknown Thẻ BHYT: Số thẻ mới");
    }

    /** A household's first row has its code under "Mã hộ": never a header's second row, even under a label. */
    @Test
    void aHouseholdsRowUnderAOneRowHeaderIsData(@TempDir Path dir) throws Exception {
        Workbooks.write(Rosters.places(dir).resolve("ho.xlsx"), "Hộ", List.of(
                row("Mã hộ", "Mã xã", "Ghi chú riêng"),
                row("H-1", "c1", "Thẻ BHYT")));
        assertThat(Rosters.raw(dir)).extracting(e -> e.code() + " " + e.location().line() + ":" + e.location().column())
                .containsExactly("header.unknown 1:3");
    }

    @Test
    void aHeaderWithNothingUnderItIsARosterOfNoHouseholds(@TempDir Path dir) throws Exception {
        Workbooks.write(Rosters.places(dir).resolve("ho.xlsx"), "Hộ", List.of(row("Mã hộ", "Mã xã", "Mã thành viên")));
        assertThat(Rosters.errors(dir)).isEmpty();
        assertThat(Rosters.households(dir)).isEmpty();
    }
}
