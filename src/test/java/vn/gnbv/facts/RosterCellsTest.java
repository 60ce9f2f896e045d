package vn.gnbv.facts;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a cell means, case by case: each case one column with one cell, in a workbook, .xlsx and .xls (as the cell
 * was stored: number, date, percentage, TRUE/FALSE or text) and, where the cell is text, in a CSV file.
 */
class RosterCellsTest {
    /** A column, a cell, and the value the household (or its first member) ends with. */
    record Case(String name, String column, Object cell, Function<Household, Object> field, Object expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Function<Household, Object> member(Function<Member, Object> f) {
        return h -> f.apply(h.members().get(0));
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("a household code typed as a number is its digits", "Mã hộ", 1001, Household::id, "1001"),
                new Case("a commune code typed as a number is its digits", "Mã xã", 20332, Household::commune, "20332"),
                new Case("a code with a no-break space after it (copied off a web page)", "Mã xã", "c1\u00a0", Household::commune, "c1"),
                new Case("a code shown with leading zeros keeps them", "Mã hộ", new Workbooks.Formatted(7, "0000"), Household::id, "0007"),
                new Case("a number shown with grouping is its digits", "Mã hộ", new Workbooks.Formatted(1001, "#,##0"), Household::id, "1001"),
                new Case("income as a number cell", "Thu nhập bình quân đầu người/tháng", 1200000, Household::incomePerCapita, 1200000L),
                new Case("income with thousands grouped by points", "Thu nhập bình quân đầu người/tháng", "1.200.000", Household::incomePerCapita, 1200000L),
                new Case("income with thousands grouped by commas", "Thu nhập bình quân đầu người/tháng", "1,200,000", Household::incomePerCapita, 1200000L),
                new Case("floor area with a decimal comma", "Nhà ở: diện tích (m2)", "30,5", h -> h.dwelling().floorArea(), new BigDecimal("30.5")),
                new Case("floor area as a number cell", "Diện tích nhà ở", 42.25, h -> h.dwelling().floorArea(), new BigDecimal("42.25")),
                new Case("a date cell", "Ngày sinh", LocalDate.of(1988, 3, 2), member(Member::birthDate), LocalDate.of(1988, 3, 2)),
                new Case("a date typed dd/mm/yyyy", "Ngày sinh", "02/03/1988", member(Member::birthDate), LocalDate.of(1988, 3, 2)),
                new Case("a date typed d/m/yyyy", "Ngày sinh", "2/3/1988", member(Member::birthDate), LocalDate.of(1988, 3, 2)),
                new Case("a date typed YYYY-MM-DD", "Ngày sinh", "1988-03-02", member(Member::birthDate), LocalDate.of(1988, 3, 2)),
                new Case("có is yes", "Dân tộc thiểu số", "có", member(Member::ethnicMinority), true),
                new Case("x is yes", "Dân tộc thiểu số", "x", member(Member::ethnicMinority), true),
                new Case("không is no", "Dân tộc thiểu số", "Không", member(Member::ethnicMinority), false),
                new Case("a TRUE cell is yes", "Dân tộc thiểu số", Boolean.TRUE, member(Member::ethnicMinority), true),
                new Case("0 is no", "Dân tộc thiểu số", 0, member(Member::ethnicMinority), false),
                new Case("the Kinh are the majority", "Dân tộc", "Kinh", member(Member::ethnicMinority), false),
                new Case("a group other than the Kinh is a minority", "Dân tộc", "Cơ Tu", member(Member::ethnicMinority), true),
                new Case("a group written with a hyphen", "Dân tộc", "Ê-đê", member(Member::ethnicMinority), true),
                new Case("a group written without marks or spaces", "Dân tộc", "HMONG", member(Member::ethnicMinority), true),
                new Case("a group by its other name", "Tên dân tộc", "Vân Kiều", member(Member::ethnicMinority), true),
                new Case("code 01 is the Kinh", "Mã dân tộc", "01", member(Member::ethnicMinority), false),
                new Case("code 1 in a number cell is the Kinh", "Mã dân tộc", 1, member(Member::ethnicMinority), false),
                new Case("code 54 is a minority", "Mã dân tộc", "54", member(Member::ethnicMinority), true),
                new Case("code 7 in a number cell is a minority", "Mã dân tộc", 7, member(Member::ethnicMinority), true),
                new Case("thành thị is urban", "Khu vực", "Thành thị", Household::urban, true),
                new Case("nông thôn is rural", "Khu vực", "nông thôn", Household::urban, false),
                new Case("Nữ is female", "Giới tính", "Nữ", member(Member::sex), "female"),
                new Case("Nu without marks is female", "Giới tính", "NU", member(Member::sex), "female"),
                new Case("Nữ giới is female", "Giới tính", "Nữ giới", member(Member::sex), "female"),
                new Case("the facts' own word is accepted", "Giới tính", "male", member(Member::sex), "male"),
                new Case("a status as the commune writes it", "Phân loại hộ", "Hộ cận nghèo", Household::recordedStatus, "near-poor"),
                new Case("a review's new poor are poor", "Phân loại hộ", "Hộ nghèo phát sinh", Household::recordedStatus, "poor"),
                new Case("fallen back into poverty is poor", "Phân loại hộ", "Hộ tái nghèo", Household::recordedStatus, "poor"),
                new Case("fallen back into near-poverty is near-poor", "Phân loại hộ", "Hộ tái cận nghèo", Household::recordedStatus, "near-poor"),
                new Case("a list of indicators", "Chỉ số thiếu hụt", "Việc làm; Bảo hiểm y tế, Nhà tiêu hợp vệ sinh",
                        Household::deprivations, List.of("employment", "healthInsurance", "sanitation")),
                new Case("không is an empty list, not a missing one", "Chỉ số thiếu hụt", "không", Household::deprivations, List.of()),
                new Case("assets by their names", "Phương tiện tiếp cận thông tin", "Ti vi; Điện thoại thông minh",
                        Household::informationAssets, List.of("tv", "smartphone")),
                new Case("a percentage cell is the number shown", "Thẻ BHYT: mức hỗ trợ (%)", new Workbooks.Percent(0.7),
                        member(m -> m.card().supportPercent()), 70L),
                new Case("a card group as written on the card", "Thẻ BHYT: nhóm", "Người thuộc hộ nghèo", member(m -> m.card().group()), "poor"),
                new Case("a card's end date", "Hạn thẻ đến", "31/12/2024", member(m -> m.card().to()), LocalDate.of(2024, 12, 31)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void inAWorkbook(Case c, @TempDir Path dir) throws Exception {
        Workbooks.write(Rosters.places(dir).resolve("ho.xlsx"), "Hộ", rows(c, c.cell()));
        assertThat(c.field().apply(Rosters.households(dir).get(0))).isEqualTo(c.expected());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void inAnOldWorkbook(Case c, @TempDir Path dir) throws Exception {
        Workbooks.write(Rosters.places(dir).resolve("ho.xls"), "Hộ", rows(c, c.cell()));
        assertThat(c.field().apply(Rosters.households(dir).get(0))).isEqualTo(c.expected());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void inACsvFile(Case c, @TempDir Path dir) throws Exception {
        if (!(c.cell() instanceof String text)) return; // a CSV file holds text only
        StringBuilder csv = new StringBuilder();
        for (List<Object> r : rows(c, text)) {
            csv.append(String.join(",", r.stream().map(o -> "\"" + o + "\"").toList())).append('\n');
        }
        Files.writeString(Rosters.places(dir).resolve("ho.csv"), csv, StandardCharsets.UTF_8);
        assertThat(c.field().apply(Rosters.households(dir).get(0))).isEqualTo(c.expected());
    }

    /** A roster of one member with the column under test (the codes and card group filled in as needed). */
    private static List<List<Object>> rows(Case c, Object cell) {
        List<Object> header = new java.util.ArrayList<>(List.of("Mã hộ", "Mã xã", "Mã thành viên"));
        List<Object> row = new java.util.ArrayList<>(Arrays.asList("H-1", "c1", "P-1"));
        int at = header.indexOf(c.column());
        if (at >= 0) {
            row.set(at, cell);
        } else {
            header.add(c.column());
            row.add(cell);
        }
        if (c.column().startsWith("Thẻ") || c.column().startsWith("Hạn thẻ")) {
            for (String need : List.of("Thẻ BHYT: nhóm", "Thẻ BHYT: mức hỗ trợ (%)")) {
                if (!header.contains(need)) {
                    header.add(need);
                    row.add(need.endsWith("nhóm") ? "Khác" : "0");
                }
            }
        }
        return List.of(header, row);
    }
}
