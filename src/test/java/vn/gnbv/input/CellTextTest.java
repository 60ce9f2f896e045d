package vn.gnbv.input;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** What people type into a spreadsheet, read as values. */
class CellTextTest {
    @ParameterizedTest(name = "''{0}'' is the day {1}")
    @CsvSource(nullValues = "none", value = {
            "02/03/1988, 1988-03-02", "2/3/1988, 1988-03-02", "02-03-1988, 1988-03-02", "02.03.1988, 1988-03-02",
            "1988-03-02, 1988-03-02", " 29/02/2024 , 2024-02-29", "31/02/1990, none", "29/02/2023, none",
            "03/1988, none", "1988, none", "hôm qua, none"})
    void days(String text, String day) {
        assertThat(CellText.day(text) == null ? null : CellText.day(text).toString()).isEqualTo(day);
    }

    @ParameterizedTest(name = "''{0}'' is the number {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "1200000|1200000", "1.200.000|1200000", "1,200,000|1200000", "1 200 000|1200000", "-1.500|-1500",
            "30,5|30.5", "30.5|30.5", "1.234,5|1234.5", "1,234.5|1234.5", "0,125|0.125", "1.5E3|1.5E+3",
            "nhiều|none", "1.2.3|none", "12a|none"})
    void numbers(String text, String number) {
        BigDecimal n = CellText.number(text);
        assertThat(n == null ? null : n.toString()).isEqualTo(number);
    }

    @ParameterizedTest(name = "''{0}'' folds to ''{1}''")
    @CsvSource(delimiter = '|', value = {"Mã hộ|ma ho", "  ĐANG   đi học |dang di hoc", "Thẻ BHYT :nhóm|the bhyt: nhom", "Mã hộ *|ma ho"})
    void names(String text, String folded) {
        assertThat(CellText.fold(text)).isEqualTo(folded);
    }

    /** What a person sees: look-alike spaces are spaces, characters that show nothing are left out. */
    @org.junit.jupiter.api.Test
    void visibleText() {
        assertThat(CellText.visible("tra-mai")).isSameAs("tra-mai").isEqualTo("tra-mai");
        assertThat(CellText.visible("tra-mai\u00a0")).isEqualTo("tra-mai ");
        assertThat(CellText.visible("Hộ\u00a0nghèo")).isEqualTo("Hộ nghèo");
        assertThat(CellText.visible("\u200bH-1\ufeff")).isEqualTo("H-1");
        assertThat(CellText.visible("Trà\u202fMai\u3000")).isEqualTo("Trà Mai ");
        assertThat(CellText.visible("\u00a0").isBlank()).isTrue();
        assertThat(CellText.visible("Nguyễn Thị Ánh")).isEqualTo("Nguyễn Thị Ánh");
    }

    /** Excel's count of days (1900 system), with its 29/02/1900 that never was. */
    @ParameterizedTest
    @CsvSource({"1, 1900-01-01", "59, 1900-02-28", "61, 1900-03-01", "29336, 1980-04-25", "45473, 2024-06-30"})
    void excelDays(long serial, String day) {
        assertThat(CellText.excelDay(serial)).hasToString(day);
    }

    @org.junit.jupiter.api.Test
    void notExcelDays() {
        assertThat(CellText.excelDay(60)).isNull();
        assertThat(CellText.excelDay(0)).isNull();
        assertThat(CellText.excelDay(3_000_000)).isNull();
    }

    /** Vietnamese in TCVN3 (.VnTime) or VNI read as Unicode is told from Vietnamese in Unicode. */
    @org.junit.jupiter.params.ParameterizedTest(name = "''{0}'' legacy: {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "M\u00b7 h\u00e9|true", // Mã hộ in TCVN3
            "H\u00e4 t\u00aan|true", // Họ tên in TCVN3
            "DANH S\u00b8CH H\u00c9 GIA \u00a7\u00d7NH|true",
            "Ma\u00f5 ho\u00e4|true", // Mã hộ in VNI
            "Mã hộ|false",
            "Hồ Văn Lâm|false",
            "Ý kiến; à, é, ê, ô, õ|false",
            "H-1|false"})
    void legacyVietnameseIsRecognised(String text, boolean legacy) {
        org.assertj.core.api.Assertions.assertThat(CellText.legacyVietnamese(text)).isEqualTo(legacy);
    }
}
