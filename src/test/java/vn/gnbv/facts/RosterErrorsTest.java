package vn.gnbv.facts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gnbv.facts.Workbooks.row;

/** Every error of a roster, each at its cell, worded for the sheet: the column as written, the cell as typed. */
class RosterErrorsTest {

    @Test
    void cellErrorsAreAllListedAtTheirCells(@TempDir Path dir) throws Exception {
        Workbooks.write(Rosters.places(dir).resolve("ho.xlsx"), "Thôn 1", List.of(
                row("Mã hộ", "Mã xã", "Thu nhập bình quân đầu người/tháng", "Mã thành viên", "Ngày sinh", "Giới tính",
                        "Dân tộc thiểu số", "Thẻ BHYT: nhóm", "Thẻ BHYT: mức hỗ trợ (%)"),
                row("H-1", "c1", "nhiều", "P-1", "31/02/1990", "Nam", "có"),
                row("H-1", "c2", null, "P-2", LocalDate.of(1991, 1, 1), "Namm", "chắc", null, 70),
                row("H-2", "c9", 1, null, "01/01/2000")));
        assertThat(Rosters.errors(dir)).containsExactly(
                "ho.xlsx!Thôn 1:C2: error: Column 'Thu nhập bình quân đầu người/tháng': expected a whole number ≥ 0, but the cell says 'nhiều'",
                "ho.xlsx!Thôn 1:E2: error: Column 'Ngày sinh': '31/02/1990' is not a date; expected a date cell or dd/mm/yyyy",
                "ho.xlsx!Thôn 1:B3: error: Column 'Mã xã': 'c2' differs from the household's first row ('c1' at ho.xlsx!Thôn 1:B2);"
                        + " a household's later rows are blank there or say the same",
                "ho.xlsx!Thôn 1:F3: error: Column 'Giới tính': 'Namm' is not allowed (did you mean 'Nam'?); expected one of: Nam | Nữ",
                "ho.xlsx!Thôn 1:G3: error: Column 'Dân tộc thiểu số': expected có or không (yes or no; x, TRUE/FALSE), but the cell says 'chắc'",
                "ho.xlsx!Thôn 1:H3: error: Column 'Thẻ BHYT: nhóm': a required cell is blank",
                "ho.xlsx!Thôn 1:B4: error: Reference to commune 'c9', which the facts do not define (did you mean 'c1'?)",
                "ho.xlsx!Thôn 1:D4: error: Column 'Mã thành viên': a required cell is blank");
    }

    @Test
    void aHouseholdWhoseRowsComeBackAfterAnotherIsNotTogether(@TempDir Path dir) throws Exception {
        Workbooks.write(Rosters.places(dir).resolve("ho.xlsx"), "Thôn 1", List.of(
                row("Mã hộ", "Mã xã", "Mã thành viên"),
                row("H-1", "c1", "P-1"), row("H-2", "c1", "P-2"), row("H-1", "c1", "P-3"), row("H-3", "c1", "P-2")));
        assertThat(Rosters.errors(dir)).containsExactly(
                "ho.xlsx!Thôn 1:A4: error: The rows of household 'H-1' are not together: the household is already at ho.xlsx!Thôn 1:A2;"
                        + " a household's rows must follow each other (if this is another household, give it its own code)",
                "ho.xlsx!Thôn 1:C5: error: Duplicate member id 'P-2' (first at ho.xlsx!Thôn 1:C3)");
    }

    @Test
    void headerErrorsAreListedAndTheSheetIsNotReadFurther(@TempDir Path dir) throws Exception {
        Workbooks.write(Rosters.places(dir).resolve("ho.xlsx"), "Hộ", List.of(
                row("Mã hộ", "Ma xa", "Ngay sinh x", "Họ tên", "Hạn thẻ đến", "Mã hộ", "STT"),
                row("H-1", "c1", "?", "A", "31/12/2024", "H-1", 1)));
        assertThat(Rosters.errors(dir)).containsExactly(
                "ho.xlsx!Hộ:1: error: Missing column 'Mã thành viên', required with column 'Họ tên'",
                "ho.xlsx!Hộ:1: error: Missing column 'Thẻ BHYT: nhóm', required with column 'Hạn thẻ đến'",
                "ho.xlsx!Hộ:1: error: Missing column 'Thẻ BHYT: mức hỗ trợ (%)', required with column 'Hạn thẻ đến'",
                "ho.xlsx!Hộ:C1: error: Unknown column 'Ngay sinh x' (did you mean 'Ngày sinh'?); see the column names on the"
                        + " \"Explanation\" sheet of the template (gnbv template)",
                "ho.xlsx!Hộ:F1: error: Column 'Mã hộ' repeats the column at ho.xlsx!Hộ:A1")
                .as("'Ma xa' is 'Mã xã' without its marks; STT is a known column read past");
    }

    @Test
    void aRequiredColumnMissingIsOneErrorAtTheHeader(@TempDir Path dir) throws Exception {
        Workbooks.write(Rosters.places(dir).resolve("ho.xlsx"), "Hộ", List.of(
                row("Mã hộ", "Họ tên chủ hộ"), row("H-1", "A"), row("H-2", "B")));
        assertThat(Rosters.errors(dir)).containsExactly("ho.xlsx!Hộ:1: error: Missing column 'Mã xã' or column 'Xã':"
                + " one of them is needed to know each household's commune");
    }

    @Test
    void dataUnderNoHeaderAnExcelErrorAndARowWithoutAHousehold(@TempDir Path dir) throws Exception {
        Workbooks.write(Rosters.places(dir).resolve("ho.xlsx"), "Hộ", List.of(
                row("Mã xã", "Mã hộ", "Mã thành viên"),
                row("c1", null, "P-1"),
                row("c1", "H-1", "P-2", null, "ghi chú lạc")));
        assertThat(Rosters.errors(dir)).containsExactly(
                "ho.xlsx!Hộ:B2: error: The row has no household code in column 'Mã hộ', and no household above it to continue",
                "ho.xlsx!Hộ:E3: error: Cell 'ghi chú lạc' has data but its column has no name: name the column in the header row or remove the data");
    }

    /** A formula whose result the file does not hold is never read as a blank cell, required or not. */
    @Test
    void aFormulaWithoutItsResultIsAnErrorAtItsCell(@TempDir Path dir) throws Exception {
        Workbooks.write(Rosters.places(dir).resolve("ho.xlsx"), "Hộ", List.of(
                row("Mã hộ", "Mã xã", "Thu nhập bình quân đầu người/tháng", "Mã thành viên", "Dân tộc thiểu số"),
                row("H-1", "c1", new Workbooks.Formula("2400000/2"), "P-1", new Workbooks.Formula("IF(1,\"có\",\"không\")")),
                row("H-2", "c1", 1000000, "P-2", null, new Workbooks.Formula("C3"))));
        assertThat(Rosters.raw(dir)).extracting(e -> e.code())
                .containsExactly("cell.formula-not-computed", "cell.formula-not-computed", "cell.no-header");
        assertThat(Rosters.errors(dir)).first().asString().startsWith(
                "ho.xlsx!Hộ:C2: error: Column 'Thu nhập bình quân đầu người/tháng': the cell holds a formula =2400000/2 but the file keeps no result");
    }

    @Test
    void aSheetWithoutHeaderAndAFileThatIsNotAWorkbook(@TempDir Path dir) throws Exception {
        List<List<Object>> noHeader = new java.util.ArrayList<>();
        for (int i = 0; i < 25; i++) noHeader.add(row("dòng " + i));
        Workbooks.write(Rosters.places(dir).resolve("a.xlsx"), "Tổng hợp", noHeader);
        Files.writeString(dir.resolve("b.xlsx"), "not a zip");
        Files.write(dir.resolve("~$a.xlsx"), new byte[]{1}); // Excel's lock file: not facts
        assertThat(Rosters.errors(dir)).containsExactly(
                "a.xlsx!Tổng hợp: error: No row of column names in the first 20 rows of the sheet (expected columns such as Mã hộ, Mã xã)",
                "b.xlsx: error: Not an Excel .xlsx file: " + notZip(dir));
    }

    /**
     * A hidden sheet without a roster's header (the lists behind a form's drop-downs) is read past;
     * a hidden sheet with one is read; a sheet the officer sees without one is still an error.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"xlsx", "xls"})
    void aHiddenSheetIsReadWhenItIsARosterAndReadPastWhenNot(String format, @TempDir Path dir) throws Exception {
        List<List<Object>> lists = new java.util.ArrayList<>();
        for (String w : List.of("Nam", "Nữ", "Hộ nghèo", "Hộ cận nghèo", "Tự làm")) lists.add(row(w));
        for (int i = 0; i < 20; i++) lists.add(row("mục " + i));
        List<Object> header = row("Mã hộ", "Mã xã", "Mã thành viên");
        Path file = Rosters.places(dir).resolve("ho." + format);
        Workbooks.write(file, "Thôn 1", List.of(header, row("H-1", "c1", "P-1")), "Danh mục", lists,
                "Thôn 2", List.of(header, row("H-2", "c1", "P-2")));
        hide(file, 1, org.apache.poi.ss.usermodel.SheetVisibility.HIDDEN);
        hide(file, 2, org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
        assertThat(Rosters.errors(dir)).isEmpty();
        assertThat(Rosters.households(dir)).extracting(h -> h.id()).containsExactly("H-1", "H-2");

        Workbooks.write(file, "Thôn 1", List.of(header, row("H-1", "c1", "P-1")), "Tổng hợp", lists);
        assertThat(Rosters.errors(dir)).containsExactly(
                "ho." + format + "!Tổng hợp: error: No row of column names in the first 20 rows of the sheet (expected columns such as Mã hộ, Mã xã)");
    }

    /**
     * A sheet typed in TCVN3 (.VnTime) shows "M· hé" for "Mã hộ": no header is found, and the error
     * says why and how to convert it, rather than that the sheet has no column names.
     */
    @Test
    void aSheetInAnOldVietnameseEncodingSaysSo(@TempDir Path dir) throws Exception {
        Workbooks.write(Rosters.places(dir).resolve("ho.xlsx"), "Thôn 1", List.of(
                row("Danh s\u00b8ch h\u00e9 ngh\u00acho"),
                row("M\u00b7 h\u00e9", "M\u00b7 x\u00b7", "H\u00e4 t\u00aan"),
                row("H-1", "c1", "Nguy\u00d4n V\u00a8n A")));
        assertThat(Rosters.raw(dir)).extracting(e -> e.code() + " " + e.location().line() + ":" + e.location().column())
                .containsExactly("header.legacy-encoding 1:1");
        assertThat(Rosters.errors(dir).get(0)).contains("TCVN3", "Unicode");

        Workbooks.write(Rosters.places(dir).resolve("ho.xlsx"), "Thôn 1", List.of(row("Danh sách hộ nghèo"), row("Hộ số", "Xã số")));
        assertThat(Rosters.raw(dir)).extracting(e -> e.code()).containsExactly("header.not-found");
    }

    /**
     * A day written month first ("12/31/1980": software set to US English) is no day read day first;
     * the error says the column seems month first, so its other days may be swapped.
     */
    @Test
    void aDayWrittenMonthFirstSaysTheColumnMayBeSwapped(@TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(Rosters.places(dir).resolve("ho.csv"), """
                Mã hộ,Mã xã,Mã thành viên,Ngày sinh
                H-1,c1,P-1,02/03/1988
                H-1,c1,P-2,12/31/1980
                H-1,c1,P-3,31/02/1990
                """);
        assertThat(Rosters.raw(dir)).extracting(e -> e.code() + " " + e.location().line() + " " + e.args().get("day"))
                .containsExactly("cell.date-month-first 3 1980-12-31", "cell.bad-date 4 null");
        assertThat(Rosters.errors(dir).get(0)).contains("mm/dd/yyyy", "1980-12-31");
    }

    /** A commune code typed into a number cell loses its leading zeros (00421 → 421): the error names the code it was. */
    @Test
    void aCodeThatLostItsLeadingZerosNamesTheCodeItWas(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("case.yaml"), """
                asOf: 2024-06-30
                districts: [{id: "018"}]
                communes: [{id: "00421", district: "018", urban: false}, {id: "10421", district: "018", urban: false}]
                """);
        Workbooks.write(dir.resolve("ho.xlsx"), "Hộ", List.of(row("Mã hộ", "Mã xã", "Mã thành viên"), row("H-1", 421, "P-1"),
                row("H-2", 77, "P-2")));
        assertThat(Rosters.raw(dir)).extracting(e -> e.code() + " " + e.args().get("id") + " " + e.args().get("padded"))
                .containsExactly("ref.lost-zeros 421 00421", "ref.dangling 77 null");
    }

    /** "Năm sinh" (a year) is not renamed into "Ngày sinh" by a "did you mean": the error says what the column lacks. */
    @Test
    void aYearOfBirthColumnSaysTheDayIsNeeded(@TempDir Path dir) throws Exception {
        oneColumn(dir, "Năm sinh", 1979);
        assertThat(Rosters.raw(dir)).extracting(e -> e.code() + " " + e.location().line() + ":" + e.location().column())
                .containsExactly("header.refused 1:4");
        assertThat(Rosters.errors(dir).get(0)).contains("Column 'Năm sinh' gives the year of birth only", "'Ngày sinh'")
                .doesNotContain("did you mean");

        // income in thousands of đồng: renamed without converting, every household would read poor
        oneColumn(dir, "Thu nhập bình quân đầu người/tháng (nghìn đồng)", 1500);
        assertThat(Rosters.raw(dir)).extracting(e -> e.code() + " " + e.location().line() + ":" + e.location().column())
                .containsExactly("header.refused 1:4");
        assertThat(Rosters.errors(dir).get(0)).contains("in thousands of đồng", "=C2*1000");
    }

    /**
     * A number where a day is expected: a year says the day is missing; another number is most
     * likely a day whose cell lost its date format, named as a guess and never read so.
     */
    @Test
    void aNumberInADateColumnSaysWhatItMayBe(@TempDir Path dir) throws Exception {
        oneColumn(dir, "Ngày sinh", 29336, 1979, 60);
        assertThat(Rosters.raw(dir)).extracting(e -> e.code() + " " + e.args().get("day"))
                .containsExactly("cell.date-as-number 1980-04-25", "cell.date-year-only null", "cell.wrong-type null");
        assertThat(new vn.gnbv.input.ErrorText("vi").render(Rosters.raw(dir).get(0))).contains("ngày 25/04/1980");
    }

    /**
     * A form's totals row (no household or member code, "Tổng cộng" or "Cộng xã …" in a cell) is read
     * past like the title above the header; a row without codes that is not one stays an error, and a
     * row with a member code is a member whatever its words.
     */
    @Test
    void aTotalsRowIsTheFormsNotAHousehold(@TempDir Path dir) throws Exception {
        List<Object> header = row("STT", "Mã hộ", "Mã xã", "Mã thành viên", "Họ tên", "Thu nhập bình quân đầu người/tháng");
        Path file = Rosters.places(dir).resolve("ho.xlsx");
        Workbooks.write(file, "Thôn 1", List.of(header,
                row(1, "H-1", "c1", "P-1", "A", 900_000),
                row(2, "H-2", "c1", "P-2", "B", 1_000_000),
                row("Cộng xã Trà Mai", null, null, null, null, 1_900_000),
                row("Tổng cộng:", null, null, null, null, 1_900_000)));
        assertThat(Rosters.errors(dir)).isEmpty();
        assertThat(Rosters.households(dir)).extracting(h -> h.id() + "=" + h.incomePerCapita()).containsExactly("H-1=900000", "H-2=1000000");

        Workbooks.write(file, "Thôn 1", List.of(header,
                row(1, "H-1", "c1", "P-1", "A", 900_000),
                row(null, null, null, "P-2", "Công ty", null),
                row(null, null, null, null, "Công ty TNHH", 5)));
        assertThat(Rosters.raw(dir)).extracting(e -> e.code() + " " + e.location().line() + ":" + e.location().column())
                .containsExactly("cell.missing 4:4", "cell.household-differs 4:6");
    }

    /** A review's result that is a change, not a status ("Hộ thoát nghèo"), says what to write instead. */
    @Test
    void aChangeWrittenWhereAStatusIsExpectedSaysWhatToWriteInstead(@TempDir Path dir) throws Exception {
        oneColumn(dir, "Phân loại hộ", "Hộ thoát nghèo", "hộ THOÁT cận nghèo");
        assertThat(Rosters.raw(dir)).extracting(e -> e.code() + " " + e.location().line() + ":" + e.location().column())
                .containsExactly("cell.word-hint 2:4", "cell.word-hint 3:4");
        assertThat(Rosters.errors(dir).get(0)).contains("'Hộ thoát nghèo' is a review's result, not a status", "'Ngày thoát nghèo'");
        assertThat(Rosters.errors(dir).get(1)).contains("'Ngày thoát cận nghèo'");
    }

    /**
     * A yes/no column with words of its own ("Khu vực": nông thôn, thành thị) takes only those: an
     * unknown word is named with the column's words, and "x" or "có" there says nothing of the area.
     */
    @Test
    void aColumnWithWordsOfItsOwnTakesOnlyThose(@TempDir Path dir) throws Exception {
        oneColumn(dir, "Khu vực", "nông trại", "x", "NONG THON");
        assertThat(Rosters.errors(dir)).containsExactly(
                "ho.xlsx!Thôn 1:D2: error: Column 'Khu vực': 'nông trại' is not allowed (did you mean 'nông thôn'?);"
                        + " expected one of: thành thị | nông thôn",
                "ho.xlsx!Thôn 1:D3: error: Column 'Khu vực': 'x' is not allowed; expected one of: thành thị | nông thôn");
    }

    /**
     * "Dân tộc" gives the group's name (Kinh or one of the 53 minorities): a name not on the list is
     * named with the nearest, yes/no there says which column takes it, and a sheet with both columns
     * gives one field twice.
     */
    @Test
    void anEthnicGroupColumnTakesTheGroupsNames(@TempDir Path dir) throws Exception {
        oneColumn(dir, "Dân tộc", "Kinhh", "x", "Gia-rai");
        assertThat(Rosters.errors(dir)).containsExactly(
                "ho.xlsx!Thôn 1:D2: error: Column 'Dân tộc': 'Kinhh' is not allowed (did you mean 'Kinh'?);"
                        + " expected one of: Kinh | Tày, Thái, Mường, …",
                "ho.xlsx!Thôn 1:D3: error: Column 'Dân tộc': 'x' is not a group's name: this column gives the person's ethnic group (Kinh, Tày, Thái,"
                        + " Mường, …); yes/no goes in the column 'Dân tộc thiểu số'");

        Workbooks.write(Rosters.places(dir).resolve("ho.xlsx"), "Thôn 1", List.of(
                row("Mã hộ", "Mã xã", "Mã thành viên", "Dân tộc thiểu số", "Dân tộc"),
                row("H-1", "c1", "P-1", "có", "Tày")));
        assertThat(Rosters.raw(dir)).extracting(e -> e.code() + " " + e.location().line() + ":" + e.location().column())
                .containsExactly("header.same-field 1:5");

        // the codes' column takes 01 to 54 only
        Workbooks.write(Rosters.places(dir).resolve("ho.xlsx"), "Hộ",
                List.of(row("Mã hộ", "Mã xã", "Mã thành viên", "Mã dân tộc"), row("H-1", "c1", "P-1", 55)));
        assertThat(Rosters.raw(dir)).extracting(e -> e.code()).containsExactly("cell.not-one-of");
    }

    /**
     * Income per person computed in the sheet (a household's income ÷ its members) holds decimals its
     * format hides: an error saying so, never rounded by gnbv (at the line, rounding decides a class).
     */
    @Test
    void aWholeNumberColumnHoldingDecimalsSaysTheCellHoldsMoreThanItShows(@TempDir Path dir) throws Exception {
        Workbooks.write(Rosters.places(dir).resolve("ho.xlsx"), "Thôn 1", List.of(
                row("Mã hộ", "Mã xã", "Thu nhập bình quân đầu người/tháng", "Mã thành viên"),
                row("H-1", "c1", 4_500_000.0 / 7, "P-1"),
                row("H-2", "c1", 1_500_000.0, "P-2"),
                row("H-3", "c1", "1.500.000,5", "P-3")));
        assertThat(Rosters.errors(dir)).containsExactly(
                "ho.xlsx!Thôn 1:C2: error: Column 'Thu nhập bình quân đầu người/tháng': expected a whole number, but the cell holds"
                        + " 642857.1428571428 (Excel may show it rounded); round it in the sheet itself, e.g. with ROUND(…, 0), so that"
                        + " the number gnbv reads is the number the sheet shows",
                "ho.xlsx!Thôn 1:C4: error: Column 'Thu nhập bình quân đầu người/tháng': expected a whole number, but the cell holds"
                        + " 1500000.5 (Excel may show it rounded); round it in the sheet itself, e.g. with ROUND(…, 0), so that"
                        + " the number gnbv reads is the number the sheet shows");
        assertThat(new vn.gnbv.input.ErrorText("vi").render(Rosters.raw(dir).get(1))).contains("ô chứa 1500000,5");
    }

    /**
     * A roster ending on Excel's last row was most likely cut there (Excel keeps no more of a larger
     * CSV it opens): an error, not a roster that silently lacks its last households; a roster sheet
     * after it continues the roster, and a row above the last is no sign of anything.
     */
    @Test
    void aRosterEndingOnExcelsLastRowIsProbablyCutShort(@TempDir Path dir) throws Exception {
        List<Object> header = row("Mã hộ", "Mã xã", "Mã thành viên");
        Path file = Rosters.places(dir).resolve("ho.xlsx");
        Workbooks.write(file, "Thôn 1", List.of(header, row("H-1", "c1", "P-1"),
                row(new Workbooks.At(RosterRows.EXCEL_LAST_ROW), "H-2", "c1", "P-2")));
        assertThat(Rosters.errors(dir)).containsExactly("ho.xlsx!Thôn 1:A1048576: error: The roster reaches Excel's last row"
                + " (row 1,048,576) and no sheet follows it: rows after it were probably lost (Excel keeps no more rows when it opens"
                + " a larger CSV file and saves it again); export the roster again from the software (without opening and saving it"
                + " in Excel), or split it over several sheets or files");

        List<List<Object>> lists = List.of(row("Nam"), row("Nữ"));
        Workbooks.write(file, "Thôn 1", List.of(header, row("H-1", "c1", "P-1"),
                row(new Workbooks.At(RosterRows.EXCEL_LAST_ROW), "H-2", "c1", "P-2")), "Danh mục", lists);
        hide(file, 1, org.apache.poi.ss.usermodel.SheetVisibility.HIDDEN);
        assertThat(Rosters.errors(dir)).as("a hidden list after it does not continue the roster").hasSize(1);

        Workbooks.write(file, "Thôn 1", List.of(header, row("H-1", "c1", "P-1"),
                row(new Workbooks.At(RosterRows.EXCEL_LAST_ROW), "H-2", "c1", "P-2")), "Thôn 1 (2)", List.of(header, row("H-3", "c1", "P-3")));
        assertThat(Rosters.errors(dir)).isEmpty();
        assertThat(Rosters.households(dir)).extracting(h -> h.id()).containsExactly("H-1", "H-2", "H-3");

        Workbooks.write(file, "Thôn 1", List.of(header, row("H-1", "c1", "P-1"),
                row(new Workbooks.At(RosterRows.EXCEL_LAST_ROW - 1), "H-2", "c1", "P-2")));
        assertThat(Rosters.errors(dir)).isEmpty();
    }

    /** A sheet "Thôn 1" with the codes and one column: household H-i, member P-i, in commune c1, for each value i. */
    private static void oneColumn(Path dir, String header, Object... values) throws Exception {
        List<List<Object>> rows = new java.util.ArrayList<>();
        rows.add(row("Mã hộ", "Mã xã", "Mã thành viên", header));
        for (int i = 1; i <= values.length; i++) rows.add(row("H-" + i, "c1", "P-" + i, values[i - 1]));
        Workbooks.write(Rosters.places(dir).resolve("ho.xlsx"), "Thôn 1", rows);
    }

    private static void hide(Path file, int sheet, org.apache.poi.ss.usermodel.SheetVisibility how) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(Files.newInputStream(file))) {
            wb.setSheetVisibility(sheet, how);
            wb.write(out);
        }
        Files.write(file, out.toByteArray());
    }

    /** An old-format workbook (.xls) is read as an .xlsx is, its errors at their cells, and cut at its own last row. */
    @Test
    void anOldFormatWorkbookIsReadAndItsErrorsAreAtTheirCells(@TempDir Path dir) throws Exception {
        Workbooks.write(Rosters.places(dir).resolve("ho.xls"), "Thôn 1", List.of(
                row("Mã hộ", "Mã xã", "Mã thành viên", "Khu vực", "Ngày sinh"),
                row("H-1", "c1", "P-1", "nông trại", java.time.LocalDate.of(1980, 4, 25)),
                row("H-2", "c1", "P-2", "nông thôn", "31/02/1980")), "Thôn 2", List.of(
                row("Mã hộ", "Mã xã", "Mã thành viên"),
                row("H-3", "c1", "P-3")));
        assertThat(Rosters.errors(dir)).containsExactly(
                "ho.xls!Thôn 1:D2: error: Column 'Khu vực': 'nông trại' is not allowed (did you mean 'nông thôn'?);"
                        + " expected one of: thành thị | nông thôn",
                "ho.xls!Thôn 1:E3: error: Column 'Ngày sinh': '31/02/1980' is not a date; expected a date cell or dd/mm/yyyy");

        Workbooks.write(Rosters.places(dir).resolve("ho.xls"), "Thôn 1", List.of(
                row("Mã hộ", "Mã xã", "Mã thành viên"), row("H-1", "c1", "P-1"), row(new Workbooks.At(65_536), "H-2", "c1", "P-2")));
        assertThat(Rosters.raw(dir)).extracting(e -> e.code() + " " + e.location().line() + ":" + e.location().column())
                .containsExactly("table.cut-at-xls-limit 65536:1");
    }

    /**
     * A spreadsheet gnbv does not read (Excel's binary .xlsb, WPS's .et, …) is an error naming its format, in a
     * folder or given by name: a folder holding a roster so was checked "0 households" without a word.
     * A workbook with macros (.xlsm) is read as the .xlsx it is.
     */
    @Test
    void aSpreadsheetInAnotherFormatIsAnErrorNeverPassedOver(@TempDir Path dir) throws Exception {
        Path places = Rosters.places(dir);
        Files.writeString(places.resolve("ho.xlsb"), "PK");
        Files.writeString(places.resolve("ghi-chu.txt"), "not a table: left alone");
        assertThat(Rosters.raw(dir)).extracting(e -> e.code() + " " + e.location().file().replace(dir + "/", "") + " " + e.args().get("format"))
                .containsExactly("table.unsupported ho.xlsb Excel Binary (.xlsb)");
        assertThat(Rosters.raw(places.resolve("ho.xlsb"))).extracting(e -> e.code()).containsExactly("table.unsupported");
        Files.delete(places.resolve("ho.xlsb"));
        Workbooks.write(places.resolve("ho.xlsm"), "Hộ", List.of(row("Mã hộ", "Mã xã", "Mã thành viên"), row("H-1", "c9", "P-1")));
        assertThat(Rosters.errors(dir)).singleElement().asString().startsWith("ho.xlsm!Hộ:B2: error: ");
    }

    /**
     * A sheet Excel saved as text: "Text (Tab delimited)" in UTF-8, or "Unicode Text" in UTF-16 with
     * its byte-order mark (.txt), is a roster when a line where a header may stand names a roster's columns; any other
     * text file beside the facts is left alone.
     */
    @Test
    void aSheetSavedAsTextIsARoster(@TempDir Path dir) throws Exception {
        Path places = Rosters.places(dir);
        String table = "Mã hộ\tMã xã\tMã thành viên\tHọ tên\r\nH-1\tc1\tP-1\tHồ Thị Na\r\nH-1\tc1\tP-2\tHồ Văn Lâm\r\n";
        byte[] utf16 = table.getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        Files.write(places.resolve("ho.txt"), withBom);
        Files.writeString(places.resolve("ho2.tsv"), "DANH SÁCH HỘ\r\n\r\n" + table.replace("H-1", "H-2").replace("P-", "Q-"));
        Files.writeString(places.resolve("ghi-chu.txt"), "Danh sách đã rà soát ngày 30/06/2024\n");
        assertThat(Rosters.households(dir)).extracting(h -> h.id() + ":" + h.members().get(1).name())
                .containsExactly("H-1:Hồ Văn Lâm", "H-2:Hồ Văn Lâm");
        // a CSV file whose title line has a comma, saved with semicolons (Vietnamese settings): the header's separator
        Files.writeString(places.resolve("ho3.csv"), "DANH SÁCH HỘ, XÃ TRÀ MAI\r\nMã hộ;Mã xã;Mã thành viên;Họ tên\r\nH-3;c1;P-9;Nguyễn, Văn A\r\n");
        assertThat(Rosters.households(dir)).extracting(h -> h.id()).containsExactly("H-1", "H-2", "H-3");
        Files.delete(places.resolve("ho3.csv"));
        // a household whose rows come back after another's, in one text table: the table's own error
        Files.delete(places.resolve("ho2.tsv"));
        Files.write(places.resolve("ho.txt"), (table + "H-3\tc1\tP-3\tA\r\nH-1\tc1\tP-4\tB\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(Rosters.raw(dir)).extracting(e -> e.code() + " " + e.location().line()).containsExactly("rows.not-together 5");
    }

    /** What software exports under the name .xls: an .xlsx is read as one; a web page, or anything else, is named so. */
    @Test
    void aFileNamedXlsIsReadByWhatItIs(@TempDir Path dir) throws Exception {
        Path case_ = Files.createDirectories(dir.resolve("case")), places = Rosters.places(case_);
        Path xlsx = Workbooks.write(dir.resolve("that.xlsx"), "Hộ", List.of(row("Mã hộ", "Mã xã", "Mã thành viên"), row("H-1", "c1", "P-1")));
        Files.copy(xlsx, places.resolve("ho.xls"));
        assertThat(Rosters.households(case_)).extracting(Household::id).containsExactly("H-1");

        Files.writeString(places.resolve("ho.xls"), "<html><body><table><tr><td>Mã hộ</td></tr></table></body></html>");
        assertThat(Rosters.raw(case_)).extracting(e -> e.code()).containsExactly("table.xls-web-page");
        Files.write(places.resolve("ho.xls"), new byte[]{1, 2, 3});
        assertThat(Rosters.raw(case_)).extracting(e -> e.code()).containsExactly("table.not-an-xls");
        Files.write(places.resolve("ho.xls"), new byte[0]);
        assertThat(Rosters.raw(case_)).extracting(e -> e.code()).containsExactly("table.not-an-xls");
        // an old-format file cut short
        Path whole = Workbooks.write(dir.resolve("whole.xls"), "Hộ", List.of(row("Mã hộ", "Mã xã", "Mã thành viên"), row("H-1", "c1", "P-1")));
        byte[] bytes = Files.readAllBytes(whole);
        Files.write(places.resolve("ho.xls"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(Rosters.errors(case_)).singleElement().asString().startsWith("ho.xls: error: ").doesNotContain("Exception");
        // one protected by a password
        try (var wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook(Files.newInputStream(whole))) {
            org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword("matkhau");
            try (var out = Files.newOutputStream(places.resolve("ho.xls"))) {
                wb.write(out);
            } finally {
                org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword(null);
            }
        }
        assertThat(Rosters.raw(case_)).extracting(e -> e.code()).containsExactly("table.protected");
    }

    /** A sheet whose XML breaks off (a copy cut short): the file is named damaged, with the parser's words; no stack trace. */
    @Test
    void aSheetCutShortIsADamagedWorkbook(@TempDir Path dir) throws Exception {
        Path whole = dir.resolve("whole.xlsx");
        Workbooks.write(whole, "Thôn 1", List.of(row("Mã hộ", "Mã xã", "Mã thành viên"), row("H-1", "c1", "P-1"), row("H-2", "c1", "P-2")));
        Path cut = Rosters.places(Files.createDirectories(dir.resolve("case"))).resolve("ho.xlsx");
        vn.gnbv.input.XlsxParts.rewrite(whole, cut, "xl/worksheets/", xml -> xml.substring(0, xml.indexOf("<row r=\"3\"") + 12));
        assertThat(Rosters.raw(dir.resolve("case"))).extracting(e -> e.code()).containsExactly("table.damaged");
        assertThat(Rosters.errors(dir.resolve("case"))).singleElement().asString()
                .startsWith("ho.xlsx: error: The spreadsheet file is damaged and cannot be read: ").doesNotContain("Exception");
    }

    private static String notZip(Path dir) throws Exception {
        // POI's own words for a file that is not a zip, as the run reports them
        var errors = Rosters.raw(dir);
        return errors.stream().filter(e -> e.code().equals("table.not-a-workbook")).findFirst()
                .map(e -> String.valueOf(e.args().get("detail"))).orElse("?");
    }
}
