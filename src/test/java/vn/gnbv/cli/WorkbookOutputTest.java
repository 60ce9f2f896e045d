package vn.gnbv.cli;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gnbv.cli.CliTest.run;

/**
 * --format xlsx from the command line: classify, entitlements and diff write workbooks; a workbook
 * is never written to a terminal (a usage error in the chosen language), but to a pipe or a file.
 */
class WorkbookOutputTest {
    private static final String EXAMPLE = "fixtures/cases/tra-mai-2024";

    private static List<String> sheets(XSSFWorkbook wb) {
        List<String> out = new ArrayList<>();
        wb.forEach(s -> out.add(s.getSheetName()));
        return out;
    }

    @Test
    void aWorkbookIsNotShownOnATerminal() {
        var before = Output.terminal;
        try {
            Output.terminal = () -> true;
            CliTest.Result vi = run("check", EXAMPLE, "--rules", "rules", "--format", "xlsx");
            assertThat(vi.code()).isEqualTo(2);
            assertThat(vi.err()).contains("Định dạng xlsx là tệp nhị phân", "-o");
            assertThat(vi.out()).isEmpty();
            CliTest.Result en = run("classify", EXAMPLE, "--rules", "rules", "--format", "xlsx", "--lang", "en");
            assertThat(en.code()).isEqualTo(2);
            assertThat(en.err()).contains("Format xlsx is a binary file");
            // text formats still go to the terminal
            assertThat(run("classify", EXAMPLE, "--rules", "rules", "--format", "csv").code()).isZero();
            Output.terminal = () -> false;
            CliTest.Result piped = run("check", EXAMPLE, "--rules", "rules", "--format", "xlsx", "--fail-on", "never");
            assertThat(piped.code()).isZero();
            assertThat(piped.out()).startsWith("PK");
        } finally {
            Output.terminal = before;
        }
    }

    /** An officer names the report ket-qua.xlsx and gives no --format: a workbook, not text Excel refuses. */
    @Test
    void aReportNamedXlsxIsAWorkbookWithoutFormat(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("ket-qua.xlsx");
        assertThat(run("check", EXAMPLE, "--rules", "rules", "-o", f.toString()).code()).isEqualTo(1);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(f))) {
            assertThat(sheets(wb)).contains("Phát hiện");
        }
        Path html = dir.resolve("bao-cao.html");
        assertThat(run("entitlements", EXAMPLE, "--rules", "rules", "-o", dir.resolve("ho-tro.xlsx").toString()).code()).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(dir.resolve("ho-tro.xlsx")))) {
            assertThat(sheets(wb)).containsExactly("Hỗ trợ BHYT");
        }
        assertThat(run("check", EXAMPLE, "--rules", "rules", "-o", html.toString()).code()).isEqualTo(1);
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>");
    }

    @Test
    void classifyAndEntitlementsAsWorkbooks(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("classify.xlsx");
        assertThat(run("classify", EXAMPLE, "--rules", "rules", "--format", "xlsx", "-o", f.toString()).code()).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(f))) {
            assertThat(sheets(wb)).containsExactly("Phân loại hộ");
            XSSFSheet sh = wb.getSheetAt(0);
            assertThat(sh.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã hộ");
            assertThat(sh.getRow(0).getCell(8).getStringCellValue()).isEqualTo("Thu nhập bình quân (đồng/người/tháng)");
            assertThat(sh.getLastRowNum()).isEqualTo(40);
            assertThat(sh.getRow(1).getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sh.getRow(1).getCell(8).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(sh.getRow(1).getCell(5).getStringCellValue()).isIn("hộ nghèo", "hộ cận nghèo", "hộ có mức sống trung bình",
                    "hộ không thuộc diện nào", "chưa xác định");
            assertThat(sh.getCTWorksheet().isSetAutoFilter()).isTrue();
        }
        Path e = dir.resolve("entitlements.xlsx");
        assertThat(run("entitlements", EXAMPLE, "--rules", "rules", "--format", "xlsx", "--lang", "en", "-o", e.toString()).code()).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(e))) {
            XSSFSheet sh = wb.getSheetAt(0);
            assertThat(sh.getSheetName()).isEqualTo("Health insurance support");
            assertThat(sh.getRow(0).getCell(9).getStringCellValue()).isEqualTo("State share/year (VND)");
            assertThat(sh.getRow(1).getCell(9).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sh.getLastRowNum()).isPositive();
        }
    }

    @Test
    void diffAsAWorkbook(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("diff.xlsx");
        assertThat(run("diff", "fixtures/cases/near-the-line", "--rules", "rules", "--draft-params",
                "drafts/rural-income-line-2.2m.yaml", "--format", "xlsx", "-o", f.toString()).code()).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(f))) {
            assertThat(sheets(wb)).containsExactly("Dự thảo", "Tác động", "Tổng tác động", "Hộ đổi phân loại", "Người đổi mức BHYT",
                    "Phát hiện thay đổi");
            // what the draft changes, with both values as numbers
            XSSFSheet draft = wb.getSheet("Dự thảo");
            assertThat(draft.getLastRowNum()).isEqualTo(1);
            assertThat(draft.getRow(1).getCell(1).getStringCellValue()).isEqualTo("household.income-line.rural");
            assertThat(draft.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(1_500_000.0);
            assertThat(draft.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(2_200_000.0);
            XSSFSheet totals = wb.getSheet("Tổng tác động");
            assertThat(totals.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Chênh lệch");
            for (int i = 1; i <= totals.getLastRowNum(); i++) {
                var r = totals.getRow(i);
                assertThat(r.getCell(3).getNumericCellValue()).isEqualTo(r.getCell(2).getNumericCellValue() - r.getCell(1).getNumericCellValue());
            }
            XSSFSheet moved = wb.getSheet("Hộ đổi phân loại");
            assertThat(moved.getLastRowNum()).isPositive();
            assertThat(moved.getRow(1).getCell(2).getStringCellValue()).isEqualTo("B");
            XSSFSheet support = wb.getSheet("Người đổi mức BHYT");
            double cost = 0;
            for (int i = 1; i <= support.getLastRowNum(); i++) cost += support.getRow(i).getCell(7).getNumericCellValue();
            assertThat(cost).isEqualTo(1458000.0);
        }
    }
}
