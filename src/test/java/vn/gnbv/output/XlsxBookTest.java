package vn.gnbv.output;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;

import static org.assertj.core.api.Assertions.assertThat;

/** A table longer than a sheet holds goes on in the sheets after it, each with its header, nothing lost. */
class XlsxBookTest {
    @Test
    void aTableLongerThanASheetGoesOnInTheNextSheets() throws Exception {
        XlsxBook book = new XlsxBook(Messages.load(Path.of("rules"), "vi"), LocalDate.of(2024, 6, 30), 4);
        String name = "Người được hỗ trợ BHYT theo nhóm"; // 32 characters: Excel allows 31
        XlsxBook.Sheet people = book.sheet(name, List.of(XlsxBook.Column.of("Mã", 8), XlsxBook.Column.of("Số", 8)));
        XlsxBook.Sheet other = book.sheet("Khác", List.of(XlsxBook.Column.of("Mã", 8)));
        other.row("X");
        for (int i = 1; i <= 8; i++) people.row("P-" + i, i); // its later sheets go before "Khác"
        people.finish();
        other.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        assertThat(people.rows()).isEqualTo(8);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<String> names = new ArrayList<>();
            for (int s = 0; s < wb.getNumberOfSheets(); s++) names.add(wb.getSheetName(s));
            assertThat(names).containsExactly("Người được hỗ trợ BHYT theo nhó", "Người được hỗ trợ BHYT theo (2)",
                    "Người được hỗ trợ BHYT theo (3)", "Khác");
            List<String> read = new ArrayList<>();
            for (int s = 0; s < 3; s++) {
                XSSFSheet sh = wb.getSheetAt(s);
                assertThat(sh.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã");
                assertThat(sh.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sh.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:B" + (sh.getLastRowNum() + 1));
                for (Row r : sh) {
                    if (r.getRowNum() > 0) read.add(r.getCell(0).getStringCellValue() + "=" + (long) r.getCell(1).getNumericCellValue());
                }
            }
            assertThat(read).containsExactly("P-1=1", "P-2=2", "P-3=3", "P-4=4", "P-5=5", "P-6=6", "P-7=7", "P-8=8");
            assertThat(wb.getSheetAt(2).getLastRowNum()).isEqualTo(2);
            // every sheet printed: A4 landscape, one page wide, the header row on every page, numbered pages
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                XSSFSheet sh = wb.getSheetAt(s);
                assertThat(sh.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
                assertThat(sh.getPrintSetup().getLandscape()).isTrue();
                assertThat(sh.getFitToPage()).isTrue();
                assertThat(sh.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(sh.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
                assertThat(sh.getRepeatingRows()).as(sh.getSheetName()).hasToString(new CellRangeAddress(0, 0, -1, -1).toString());
                assertThat(sh.getFooter().getCenter()).isEqualTo("Trang &P / &N");
                assertThat(sh.getHeader().getCenter()).isEqualTo("&A");
            }
            // the print titles (and autofilters) name each its own sheet, after the sheets were moved
            int titles = 0;
            for (var n : wb.getAllNames()) {
                String sheet = wb.getSheetName(n.getSheetIndex());
                assertThat(n.getRefersToFormula().replace("'", "")).as(n.getNameName()).startsWith(sheet + "!");
                if (n.getNameName().equals("_xlnm.Print_Titles")) {
                    assertThat(n.getRefersToFormula().replace("'", "")).isEqualTo(sheet + "!$1:$1");
                    titles++;
                }
            }
            assertThat(titles).isEqualTo(4);
        }
    }

    /** A wrapped text's row is as tall as its lines, and so is a long header's: printed, no line is drawn over the next row. */
    @Test
    void rowsAreTallEnoughForTheirWrappedLines() throws Exception {
        XlsxBook book = new XlsxBook(Messages.load(Path.of("rules"), "vi"), LocalDate.of(2024, 6, 30));
        XlsxBook.Sheet s = book.sheet("Phát hiện", List.of(XlsxBook.Column.of("Mã", 8),
                XlsxBook.Column.wrapped("Thẻ BHYT chưa có kinh phí (đồng)", 12), XlsxBook.Column.of("Số", 8)));
        s.row("A", "ngắn", 1L);
        s.row("B", "Nghị định 07/2021/NĐ-CP, Điều 3, khoản 2, điểm a; Quyết định 24/2021/QĐ-TTg", 2L);
        s.row("C", "một\nhai\nba", 3L);
        s.row("D", 4L, "Nghị định 07/2021/NĐ-CP, Điều 3, khoản 2, điểm a (not wrapped)");
        s.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sh = wb.getSheetAt(0);
            float line = sh.getDefaultRowHeightInPoints();
            assertThat(sh.getRow(0).getHeightInPoints()).as("header: 32 characters in 12").isEqualTo(4 * 15f);
            assertThat(sh.getRow(1).getHeightInPoints()).isEqualTo(line);
            assertThat(sh.getRow(2).getHeightInPoints()).as("75 characters, 12 a line").isEqualTo(7 * 15f);
            assertThat(sh.getRow(3).getHeightInPoints()).as("its own three lines").isEqualTo(3 * 15f);
            assertThat(sh.getRow(4).getHeightInPoints()).as("a column that does not wrap").isEqualTo(line);
        }
        assertThat(XlsxBook.lines("", 10, 1.0)).isEqualTo(1);
    }

    @Test
    void excelsLimitIsTheDefault() {
        assertThat(XlsxBook.MAX_ROWS).isEqualTo(1_048_576);
    }
}
