package vn.gnbv.input;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the receiver of a table throws while a reader streams to it comes out as it is, never as
 * "the file is damaged": the readers run the receiver inside POI's and the XML parser's loops, whose
 * own failures they word so.
 */
class HandlerFailureTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fixtures/cases/thon-excel-2024/danh-sach-ho.xlsx",
            "src/test/resources/rosters/libreoffice/danh-sach-ho.xls", "src/test/resources/rosters/libreoffice/danh-sach-ho.ods"})
    void theReceiversOwnFailureIsPassedOn(String file) {
        TableHandler failing = new TableHandler() {
            public boolean start(String sheet, String where) {
                return true;
            }

            public void row(int row, List<Cell> cells) {
                throw new IllegalArgumentException("the receiver's own");
            }

            public void end() {}
        };
        Path p = Path.of(file);
        assertThatThrownBy(() -> {
            if (file.endsWith(".xlsx")) WorkbookReader.read(p, file, failing);
            else if (file.endsWith(".xls")) XlsReader.read(p, file, failing);
            else OdsReader.read(p, file, failing);
        }).isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("the receiver's own");
    }
}
