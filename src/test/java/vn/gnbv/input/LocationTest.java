package vn.gnbv.input;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** How a place prints: a workbook's cell as book.xlsx!Sheet:C12, any other file as file:line:column. */
class LocationTest {
    @ParameterizedTest(name = "{0} {1} {2} prints {3}")
    @CsvSource(delimiter = '|', value = {
            "case/ho.xlsx!Danh sách hộ|12|3|case/ho.xlsx!Danh sách hộ:C12",
            "ho.xlsx!Thôn 1|2|28|ho.xlsx!Thôn 1:AB2",
            "ho.XLSX!S|5|703|ho.XLSX!S:AAA5",
            "ho.xlsx!Hộ|1|0|ho.xlsx!Hộ:1",
            "ho.xlsx!Hộ|0|0|ho.xlsx!Hộ",
            "ho.csv|12|3|ho.csv:12:3",
            "case.yaml|4|7|case.yaml:4:7",
            "a!b.yaml|4|7|a!b.yaml:4:7"})
    void prints(String file, int line, int column, String shown) {
        assertThat(new Location(file, line, column)).hasToString(shown);
    }
}
