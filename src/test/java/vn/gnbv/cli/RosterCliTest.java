package vn.gnbv.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gnbv.input.Cell;
import vn.gnbv.input.TableHandler;
import vn.gnbv.input.WorkbookReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gnbv.cli.CliTest.run;

/** Rosters in workbooks from the command line: checked, refused with every error at its cell, templated, generated. */
class RosterCliTest {
    private static final String BROKEN = "src/test/resources/rosters/broken";

    @Test
    void aBrokenWorkbookExits3WithEveryErrorAtItsCell() {
        CliTest.Result r = run("check", BROKEN, "--rules", "rules");
        assertThat(r.code()).isEqualTo(3);
        String at = BROKEN + "/danh-sach-ho.xlsx!Thôn 2:";
        assertThat(r.err().lines()).containsExactly(
                at + "E2: lỗi: Cột 'Thu nhập bình quân đầu người/tháng': cần một số nguyên không âm, nhưng ô ghi 'một triệu'",
                at + "J2: lỗi: Cột 'Ngày sinh': '31/02/1980' không phải là ngày; cần ô kiểu ngày hoặc dạng dd/mm/yyyy",
                at + "K3: lỗi: Cột 'Giới tính': 'Nữa' không hợp lệ (có phải ý bạn là 'Nữ'?); cần một trong: Nam | Nữ",
                at + "M3: lỗi: Cột 'Thẻ BHYT: nhóm': ô bắt buộc bị để trống",
                at + "D4: lỗi: Tham chiếu tới commune 'tra-moi' không tồn tại trong dữ liệu (có phải ý bạn là 'tra-mai'?)",
                at + "H4: lỗi: Cột 'Mã thành viên': ô bắt buộc bị để trống",
                at + "L4: lỗi: Cột 'Dân tộc thiểu số': cần có hoặc không (x, TRUE/FALSE), nhưng ô ghi 'chắc'",
                "7 lỗi đầu vào.");
        assertThat(run("check", BROKEN, "--rules", "rules", "--lang", "en").err())
                .contains(at + "E2: error: Column 'Thu nhập bình quân đầu người/tháng': expected a whole number ≥ 0, but the cell says 'một triệu'");
    }

    @Test
    void findingsOfAWorkbookNameTheSheetRowAndColumn() throws Exception {
        CliTest.Result r = run("check", "fixtures/cases/thon-excel-2024", "--rules", "rules", "--format", "json", "--fail-on", "never");
        assertThat(r.code()).isZero();
        JsonNode finding = null;
        for (JsonNode f : new ObjectMapper().readTree(r.out()).get("findings")) {
            if (f.get("subject").asText().equals("household:TX-02")) finding = f;
        }
        assertThat(finding).isNotNull();
        assertThat(finding.get("source").get("file").asText()).isEqualTo("fixtures/cases/thon-excel-2024/danh-sach-ho.xlsx!Thôn 1");
        assertThat(finding.get("source").get("line").asInt()).isEqualTo(8);
        assertThat(finding.get("source").get("column").asInt()).isEqualTo(2);
        assertThat(run("check", "fixtures/cases/thon-excel-2024", "--rules", "rules", "--fail-on", "never").out())
                .contains("danh-sach-ho.xlsx!Thôn 1:B8");
    }

    /** The example's workbook saved in the old format (.xls), as older survey software exports: the same findings, at the same cells. */
    @Test
    void anOldFormatWorkbookGivesTheSameFindings(@TempDir Path dir) throws Exception {
        Path from = Path.of("fixtures/cases/thon-excel-2024");
        Files.copy(from.resolve("case.yaml"), dir.resolve("case.yaml"));
        asOldFormat(from.resolve("danh-sach-ho.xlsx"), dir.resolve("danh-sach-ho.xls"));
        CliTest.Result xlsx = run("check", from.toString(), "--rules", "rules", "--format", "json", "--fail-on", "never");
        CliTest.Result xls = run("check", dir.toString(), "--rules", "rules", "--format", "json", "--fail-on", "never");
        assertThat(xls.code()).as(xls.err()).isZero();
        assertThat(xls.out().replace(dir.toString(), from.toString()).replace("danh-sach-ho.xls!", "danh-sach-ho.xlsx!"))
                .isEqualTo(xlsx.out());
    }

    /** The example's workbook as LibreOffice Calc saves it, .ods and .xls (src/test/resources/rosters/libreoffice): the same findings. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"danh-sach-ho.ods", "danh-sach-ho.xls"})
    void theExampleSavedByLibreOfficeGivesTheSameFindings(String saved, @TempDir Path dir) throws Exception {
        Path from = Path.of("fixtures/cases/thon-excel-2024");
        Files.copy(from.resolve("case.yaml"), dir.resolve("case.yaml"));
        Files.copy(Path.of("src/test/resources/rosters/libreoffice").resolve(saved), dir.resolve(saved));
        CliTest.Result xlsx = run("check", from.toString(), "--rules", "rules", "--format", "json", "--fail-on", "never");
        CliTest.Result other = run("check", dir.toString(), "--rules", "rules", "--format", "json", "--fail-on", "never");
        assertThat(other.code()).as(other.err()).isZero();
        assertThat(other.out().replace(dir.toString(), from.toString()).replace(saved + "!", "danh-sach-ho.xlsx!")).isEqualTo(xlsx.out());
    }

    /** A workbook's values and number formats copied into an old-format one, as Excel's "Save as Excel 97-2003" keeps them. */
    private static void asOldFormat(Path xlsx, Path xls) throws Exception {
        // from a stream: POI opens a File to write it back on closing (it rewrote the example's workbook)
        try (var in = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx));
             var out = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            var styles = new java.util.HashMap<String, org.apache.poi.ss.usermodel.CellStyle>();
            for (var sheet : in) {
                var to = out.createSheet(sheet.getSheetName());
                for (var row : sheet) {
                    var r = to.createRow(row.getRowNum());
                    for (var c : row) {
                        var t = r.createCell(c.getColumnIndex());
                        var type = c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
                        switch (type) {
                            case STRING -> t.setCellValue(c.getStringCellValue());
                            case BOOLEAN -> t.setCellValue(c.getBooleanCellValue());
                            case NUMERIC -> {
                                t.setCellValue(c.getNumericCellValue());
                                String format = c.getCellStyle().getDataFormatString();
                                t.setCellStyle(styles.computeIfAbsent(format, f -> {
                                    var st = out.createCellStyle();
                                    st.setDataFormat(out.createDataFormat().getFormat(f));
                                    return st;
                                }));
                            }
                            default -> { }
                        }
                    }
                }
                if (in.isSheetHidden(in.getSheetIndex(sheet))) out.setSheetHidden(out.getSheetIndex(to), true);
            }
            try (var o = Files.newOutputStream(xls)) {
                out.write(o);
            }
        }
    }

    @Test
    void theTemplateIsWrittenOnceExplainedAndReadBack(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mau.xlsx");
        assertThat(run("template", "-o", file.toString()).code()).isZero();
        assertThat(sheets(file)).containsExactly("Danh sách hộ", "Giải thích");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(file))) {
            var explained = new ArrayList<String>();
            for (var row : wb.getSheet("Giải thích")) {
                if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("Dân tộc")) {
                    explained.add(row.getCell(4).getStringCellValue());
                    explained.add(row.getCell(6).getStringCellValue());
                }
            }
            // the ethnic group's name: explained as another way to write "Dân tộc thiểu số", not a column of the sheet
            assertThat(explained).containsExactly("Tày; Thái; Mường; …; Kinh", "thay cho cột 'Dân tộc thiểu số'");
            var headers = new ArrayList<String>();
            wb.getSheet("Danh sách hộ").getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).contains("Dân tộc thiểu số").doesNotContain("Dân tộc");
        }
        CliTest.Result again = run("template", "-o", file.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("không ghi đè", "--force");
        assertThat(run("template", "-o", file.toString(), "--force", "--lang", "en").code()).isZero();
        assertThat(sheets(file)).containsExactly("Households", "Explanation");
        // every header of the template is one gnbv reads: the empty roster is a roster of no households
        Files.writeString(dir.resolve("case.yaml"), "asOf: 2024-06-30\ndistricts: [{id: d1}]\n");
        CliTest.Result read = run("check", dir.toString(), "--rules", "rules");
        assertThat(read.code()).as(read.err()).isZero();
        assertThat(read.out()).contains("0 hộ");
    }

    @Test
    void aGeneratedWorkbookHoldsTheSameRosterAsTheGeneratedJson(@TempDir Path dir) throws Exception {
        assertThat(run("generate", "--households", "30", "-o", dir.resolve("r.json").toString()).code()).isZero();
        Files.createDirectories(dir.resolve("x"));
        assertThat(run("generate", "--households", "30", "--format", "xlsx", "-o", dir.resolve("x/r.xlsx").toString()).code()).isZero();
        assertThat(Files.exists(dir.resolve("x/r-case.yaml"))).isTrue();
        CliTest.Result json = run("classify", dir.resolve("r.json").toString(), "--rules", "rules", "--format", "csv");
        CliTest.Result xlsx = run("classify", dir.resolve("x").toString(), "--rules", "rules", "--format", "csv");
        assertThat(xlsx.code()).as(xlsx.err()).isZero();
        assertThat(xlsx.out()).isEqualTo(json.out());
    }

    private static List<String> sheets(Path file) throws Exception {
        List<String> names = new ArrayList<>();
        WorkbookReader.read(file, file.toString(), new TableHandler() {
            public boolean start(String sheet, String where) {
                names.add(sheet);
                return false;
            }

            public void row(int row, List<Cell> cells) {}

            public void end() {}
        });
        return names;
    }
}
