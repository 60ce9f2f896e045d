package vn.gnbv.input;

import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Cells as the workbook stored them, whether its texts are shared (Excel, XSSF) or inline (SXSSF's default). */
class WorkbookReaderTest {
    @ParameterizedTest(name = "texts {0}")
    @ValueSource(strings = {"shared", "inline"})
    void cellsKeepWhatTheWorkbookStored(String texts, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("b.xlsx");
        try (Workbook wb = texts.equals("shared") ? new XSSFWorkbook() : new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            var percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
            var grouped = wb.createCellStyle();
            grouped.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            var zeros = wb.createCellStyle();
            zeros.setDataFormat(wb.createDataFormat().getFormat("00000"));
            Row r = wb.createSheet("Hộ").createRow(4);
            r.createCell(0).setCellValue(1001);
            r.createCell(1).setCellValue(1200000);
            r.getCell(1).setCellStyle(grouped);
            r.createCell(2).setCellValue(LocalDate.of(1988, 3, 2));
            r.getCell(2).setCellStyle(date);
            r.createCell(3).setCellValue(0.7);
            r.getCell(3).setCellStyle(percent);
            r.createCell(4).setCellValue(30.25);
            r.createCell(5).setCellValue("Nữ");
            r.createCell(6).setCellValue(true);
            r.createCell(7).setCellErrorValue(FormulaError.NA.getCode());
            r.createCell(8).setCellValue("dòng 1\r\ndòng 2");
            r.createCell(9).setCellValue("   ");
            r.createCell(10).setCellValue("Hộ A & B <1> \"x\" 😀");
            r.createCell(27).setCellValue("AB");
            r.createCell(28).setCellValue(421); // a commune code shown 00421
            r.getCell(28).setCellStyle(zeros);
            r.createCell(29).setCellValue(1234567);
            r.getCell(29).setCellStyle(zeros);
            wb.write(out);
        }
        List<String> seen = new ArrayList<>();
        WorkbookReader.read(file, "b.xlsx", new TableHandler() {
            public boolean start(String sheet, String where) {
                seen.add("sheet " + sheet + " as " + where);
                return true;
            }

            public void row(int row, List<Cell> cells) {
                for (Cell c : cells) seen.add(new Location("b.xlsx!Hộ", row, c.column()) + " " + c.kind() + " " + c.text());
            }

            public void end() {
                seen.add("end");
            }
        });
        assertThat(seen).containsExactly("sheet Hộ as b.xlsx!Hộ",
                "b.xlsx!Hộ:A5 NUMBER 1001",
                "b.xlsx!Hộ:B5 NUMBER 1200000",
                "b.xlsx!Hộ:C5 DATE 1988-03-02",
                "b.xlsx!Hộ:D5 NUMBER 70",
                "b.xlsx!Hộ:E5 NUMBER 30.25",
                "b.xlsx!Hộ:F5 TEXT Nữ",
                "b.xlsx!Hộ:G5 TEXT TRUE",
                "b.xlsx!Hộ:H5 ERROR #N/A",
                "b.xlsx!Hộ:I5 TEXT dòng 1\r\ndòng 2",
                "b.xlsx!Hộ:K5 TEXT Hộ A & B <1> \"x\" 😀",
                "b.xlsx!Hộ:AB5 TEXT AB",
                "b.xlsx!Hộ:AC5 NUMBER 00421",
                "b.xlsx!Hộ:AD5 NUMBER 1234567",
                "end");
    }

    /**
     * A formula's stored result is its value; a formula the file holds without a result (written by
     * a program that does not compute formulas) is a cell of its own kind, never an empty cell.
     */
    @org.junit.jupiter.api.Test
    void aFormulaWithoutItsResultIsNotAnEmptyCell(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("b.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Row r = wb.createSheet("Hộ").createRow(1);
            r.createCell(0).setCellValue(1200000);
            r.createCell(1).setCellFormula("A2*2"); // the file holds the formula only
            r.createCell(2).setCellFormula("A2/2");
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(r.getCell(2)); // its result stored
            r.createCell(3).setCellFormula("\"Nữ\"");
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(r.getCell(3));
            wb.write(out);
        }
        List<String> seen = cells(file);
        assertThat(seen).containsExactly("b.xlsx!Hộ:A2 NUMBER 1200000", "b.xlsx!Hộ:B2 UNCOMPUTED A2*2",
                "b.xlsx!Hộ:C2 NUMBER 600000", "b.xlsx!Hộ:D2 TEXT Nữ");
    }

    /** The shared texts are read once while the first sheet is parsed, and serve every sheet; a row of blanks is no row. */
    @org.junit.jupiter.api.Test
    void everySheetReadsTheSharedTextsAndBlankRowsAreNoRows(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("b.xlsx");
        try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            Row a = wb.createSheet("Thôn 1").createRow(0);
            a.createCell(0).setCellValue("H-1");
            a.createCell(1).setCellValue(LocalDate.of(2024, 1, 1));
            a.getCell(1).setCellStyle(date);
            var second = wb.createSheet("Thôn 2");
            second.createRow(0).createCell(2).setCellValue("  ");
            Row b = second.createRow(1);
            b.createCell(0).setCellValue("H-1"); // the same shared text as on the first sheet
            b.createCell(1).setCellValue(LocalDate.of(2024, 12, 31));
            b.getCell(1).setCellStyle(date);
            wb.write(out);
        }
        List<String> seen = new ArrayList<>();
        WorkbookReader.read(file, "b.xlsx", new TableHandler() {
            String where;

            public boolean start(String sheet, String w) {
                where = w;
                return true;
            }

            public void row(int row, List<Cell> cells) {
                for (Cell c : cells) seen.add(new Location(where, row, c.column()) + " " + c.kind() + " " + c.text());
            }

            public void end() {}
        });
        assertThat(seen).containsExactly("b.xlsx!Thôn 1:A1 TEXT H-1", "b.xlsx!Thôn 1:B1 DATE 2024-01-01",
                "b.xlsx!Thôn 2:A2 TEXT H-1", "b.xlsx!Thôn 2:B2 DATE 2024-12-31");
    }

    /**
     * Days counted from 1904 (old Mac workbooks), a built-in date format (14, m/d/yy) and XML names
     * with a prefix (x:row, x:c, as the OpenXML SDK writes them) read as Excel shows them.
     */
    @org.junit.jupiter.api.Test
    void date1904BuiltInDatesAndPrefixedNames(@TempDir Path dir) throws Exception {
        Path plain = dir.resolve("plain.xlsx"), file = dir.resolve("b.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(plain)) {
            wb.getCTWorkbook().addNewWorkbookPr().setDate1904(true);
            var builtIn = wb.createCellStyle();
            builtIn.setDataFormat((short) 14);
            Row r = wb.createSheet("Hộ").createRow(1);
            r.createCell(0).setCellValue(LocalDate.of(2024, 12, 31));
            r.getCell(0).setCellStyle(builtIn);
            r.createCell(1).setCellValue(1462); // the same serial number, shown as a number
            r.createCell(2).setCellValue("H-1");
            wb.write(out);
        }
        XlsxParts.rewrite(plain, file, "xl/worksheets/sheet1.xml", xml -> {
            String prefixed = xml.replace("<worksheet xmlns=", "<x:worksheet xmlns:x=").replace("</worksheet>", "</x:worksheet>")
                    .replaceAll("<(/?)(sheetData|row|c|v|is|t|dimension|sheetViews|sheetView|sheetFormatPr|pageMargins)\\b", "<$1x:$2");
            assertThat(prefixed).contains("<x:row").contains("<x:c ");
            return prefixed;
        });
        List<String> seen = cells(file);
        assertThat(seen).containsExactly("b.xlsx!Hộ:A2 DATE 2024-12-31", "b.xlsx!Hộ:B2 NUMBER 1462", "b.xlsx!Hộ:C2 TEXT H-1");
    }

    /** A shared text in runs of several fonts is one text; its phonetic guide (rPh, East Asian workbooks) is not part of it. */
    @org.junit.jupiter.api.Test
    void richTextRunsAreJoinedAndPhoneticRunsLeftOut(@TempDir Path dir) throws Exception {
        Path plain = dir.resolve("plain.xlsx"), file = dir.resolve("b.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(plain)) {
            var bold = wb.createFont();
            bold.setBold(true);
            var name = new org.apache.poi.xssf.usermodel.XSSFRichTextString("Nguyễn Văn A");
            name.applyFont(0, 7, bold);
            wb.createSheet("Hộ").createRow(0).createCell(0).setCellValue(name);
            wb.write(out);
        }
        XlsxParts.rewrite(plain, file, "xl/sharedStrings.xml", xml -> {
            assertThat(xml).contains("<r>");
            return xml.replace("</si>", "<rPh sb=\"0\" eb=\"1\"><t>グエン</t></rPh></si>");
        });
        List<String> seen = new ArrayList<>();
        WorkbookReader.read(file, "b.xlsx", new TableHandler() {
            public boolean start(String sheet, String where) {
                return true;
            }

            public void row(int row, List<Cell> cells) {
                for (Cell c : cells) seen.add(c.kind() + " " + c.text());
            }

            public void end() {}
        });
        assertThat(seen).containsExactly("TEXT Nguyễn Văn A");
    }

    /** The cells of a workbook whose one sheet is "Hộ", each as "place KIND text". */
    private static List<String> cells(Path file) throws Exception {
        List<String> seen = new ArrayList<>();
        WorkbookReader.read(file, "b.xlsx", new TableHandler() {
            public boolean start(String sheet, String where) {
                return true;
            }

            public void row(int row, List<Cell> cells) {
                for (Cell c : cells) seen.add(new Location("b.xlsx!Hộ", row, c.column()) + " " + c.kind() + " " + c.text());
            }

            public void end() {}
        });
        return seen;
    }
}
