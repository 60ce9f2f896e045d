package vn.gnbv.input;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DateTimeException;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fast paths of reading (yyyy-mm-dd, plain whole numbers) agree with the slow ones they stand in for. */
class TypeFastPathTest {
    @ParameterizedTest
    @ValueSource(strings = {"2024-06-30", "2024-02-29", "2000-01-01", "1900-12-31", "0001-01-01"})
    void aDateIsReadAsTheFormatterReadsIt(String s) {
        assertThat(Type.isoDate(s)).isEqualTo(LocalDate.parse(s));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29", "2024-13-01", "2024-04-31", "2024-00-10", "2024-01-00"})
    void anImpossibleDateFailsAsTheFormatterFails(String s) {
        assertThatThrownBy(() -> Type.isoDate(s)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> LocalDate.parse(s)).isInstanceOf(DateTimeException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"30/06/2024", "2024-6-30", "' 2024-06-30'", "2024/06/30", "+2024-06-3", "2024-06-3x", "''"})
    void anotherShapeIsLeftToTheFormatter(String s) {
        assertThat(Type.isoDate(s)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "7", "1500000", "-12", "+3", "007", "1e6", "1_000", "0x10", "", "-", "1.5", "12a"})
    void aWholeNumberIsPlainExactlyWhenTheExpressionSaysSo(String s) {
        assertThat(Type.plainWhole(s) || Type.PLAIN_NUMBER.matcher(s).matches())
                .isEqualTo(Type.PLAIN_NUMBER.matcher(s).matches());
        if (Type.plainWhole(s)) assertThat(Type.PLAIN_NUMBER.matcher(s).matches()).isTrue();
    }
}
