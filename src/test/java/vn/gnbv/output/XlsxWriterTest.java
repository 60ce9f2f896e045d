package vn.gnbv.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gnbv.Cases;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbook of the Quảng Nam case read back with POI: the sheets, Vietnamese headers, numbers
 * and dates as real cells, a frozen header and an autofilter on every sheet, and totals equal to
 * the JSON output's.
 */
class XlsxWriterTest {
    private static Cases.Checked quangNam;
    private static JsonNode json;

    @BeforeAll
    static void check() throws Exception {
        quangNam = Cases.check("fixtures/cases/quang-nam-2024-06");
        json = new ObjectMapper().readTree(Reports.write("json", SummaryReport.of(quangNam).report()));
    }

    static XSSFWorkbook workbook(CheckReport r) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CheckFormats.writer("xlsx").write(r, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> headers(XSSFSheet sh) {
        List<String> out = new ArrayList<>();
        for (Cell c : sh.getRow(0)) out.add(c.getStringCellValue());
        return out;
    }

    /** The summary sheet as label → cell. */
    private static Map<String, Cell> summary(XSSFWorkbook wb) {
        Map<String, Cell> out = new HashMap<>();
        XSSFSheet sh = wb.getSheetAt(0);
        for (int i = 1; i <= sh.getLastRowNum(); i++) out.put(sh.getRow(i).getCell(0).getStringCellValue(), sh.getRow(i).getCell(1));
        return out;
    }

    @Test
    void sheetsHeadersAndTypedCells() throws Exception {
        try (XSSFWorkbook wb = workbook(SummaryReport.of(quangNam).report())) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Tóm tắt", "Theo huyện, xã", "Theo quy tắc", "Tiền theo đơn vị", "Tiền theo dự án",
                    "Phát hiện", "Tham số");
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                XSSFSheet sh = wb.getSheetAt(i);
                assertThat(sh.getPaneInformation().isFreezePane()).as(sh.getSheetName()).isTrue();
                assertThat(sh.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
                assertThat(sh.getCTWorksheet().isSetAutoFilter()).as(sh.getSheetName()).isTrue();
                assertThat(sh.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            }
            XSSFSheet findings = wb.getSheet("Phát hiện");
            assertThat(headers(findings)).containsExactly("Huyện", "Đơn vị", "Đối tượng", "Họ tên", "Quy tắc", "Mức độ",
                    "Phát hiện", "Số tiền (đồng)", "Căn cứ", "Tham số chưa xác nhận", "Tệp nguồn", "Dòng");
            assertThat(findings.getColumnWidth(6)).isGreaterThan(findings.getColumnWidth(4));
            Row first = findings.getRow(1);
            assertThat(first.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(first.getCell(11).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(5).getStringCellValue()).isIn("LỖI", "CẢNH BÁO", "THÔNG TIN");

            Cell asOf = summary(wb).get("Thời điểm dữ liệu");
            assertThat(DateUtil.isCellDateFormatted(asOf)).isTrue();
            assertThat(asOf.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 6, 30));
            assertThat(asOf.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(wb.getProperties().getCoreProperties().getCreated()).isEqualTo(java.util.Date.from(
                    LocalDate.of(2024, 6, 30).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));

            XSSFSheet params = wb.getSheet("Tham số");
            assertThat(headers(params)).startsWith("Tham số", "Giá trị", "Đơn vị tính", "Trích dẫn", "Độ tin cậy", "Áp dụng từ");
            boolean unconfirmedTarget = false;
            for (Row r : params) {
                if (r.getRowNum() > 0 && r.getCell(0).getStringCellValue().equals("funding.disbursement.target-percent")) {
                    assertThat(r.getCell(1).getNumericCellValue()).isEqualTo(95.0);
                    assertThat(r.getCell(4).getStringCellValue()).isEqualTo("chưa xác nhận");
                    assertThat(DateUtil.isCellDateFormatted(r.getCell(5))).isTrue();
                    unconfirmedTarget = true;
                }
            }
            assertThat(unconfirmedTarget).isTrue();
        }
    }

    @Test
    void totalsEqualTheJsonOutput() throws Exception {
        try (XSSFWorkbook wb = workbook(SummaryReport.of(quangNam).report())) {
            XSSFSheet findings = wb.getSheet("Phát hiện");
            JsonNode all = json.get("findings");
            assertThat(findings.getLastRowNum()).isEqualTo(all.size());
            long jsonAmount = 0, sheetAmount = 0;
            for (JsonNode f : all) jsonAmount += f.get("amount").asLong(0);
            for (int i = 1; i <= findings.getLastRowNum(); i++) {
                Cell c = findings.getRow(i).getCell(7);
                if (c != null) sheetAmount += (long) c.getNumericCellValue();
                assertThat(findings.getRow(i).getCell(4).getStringCellValue()).isEqualTo(all.get(i - 1).get("rule").asText());
            }
            assertThat(sheetAmount).isEqualTo(jsonAmount).isPositive();

            Map<String, Cell> s = summary(wb);
            assertThat((long) s.get("Tổng số tiền bị ảnh hưởng (đồng)").getNumericCellValue())
                    .isEqualTo(json.get("summary").get("totalAtStake").asLong()).isEqualTo(1_122_404_000_000L);
            assertThat((long) s.get("Vốn kế hoạch (đồng)").getNumericCellValue())
                    .isEqualTo(json.get("summary").get("totals").get("planned").asLong());
            assertThat((long) s.get("Lỗi").getNumericCellValue()).isEqualTo(json.get("counts").get("error").asLong());
            assertThat((long) s.get("Cảnh báo").getNumericCellValue()).isEqualTo(json.get("counts").get("warning").asLong());
            assertThat(s.get("Số liệu báo cáo").getCellType()).isEqualTo(CellType.NUMERIC);
            for (JsonNode st : json.get("summary").get("byStage")) {
                String label = Messages.load(java.nio.file.Path.of("rules"), "vi").text("stage." + st.get("stage").asText()) + " (đồng)";
                assertThat((long) s.get(label).getNumericCellValue()).isEqualTo(st.get("amount").asLong());
            }

            XSSFSheet byRule = wb.getSheet("Theo quy tắc");
            long ruleFindings = 0;
            for (int i = 1; i <= byRule.getLastRowNum(); i++) ruleFindings += (long) byRule.getRow(i).getCell(3).getNumericCellValue();
            assertThat(ruleFindings).isEqualTo(all.size());
            XSSFSheet byUnit = wb.getSheet("Tiền theo đơn vị");
            assertThat((long) byUnit.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1_122_404_000_000L);
        }
    }

    @Test
    void englishHeadersAndHouseholdTotals() throws Exception {
        Cases.Checked traMai = Cases.check("fixtures/cases/tra-mai-2024");
        try (XSSFWorkbook wb = workbook(SummaryReport.of(traMai, "en").report())) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Summary");
            assertThat(headers(wb.getSheet("Findings"))).startsWith("District", "Unit", "Subject", "Name", "Rule");
            Map<String, Cell> s = summary(wb);
            assertThat(s.get("Data as of").getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat((long) s.get("Households listed wrongly (poor, near-poor, middle)").getNumericCellValue())
                    .isEqualTo(traMai.summary().householdsListedWrongly()).isPositive();
            assertThat((long) s.get("People entitled to state-paid health insurance without a valid card").getNumericCellValue())
                    .isEqualTo(7);
            assertThat(wb.getSheet("By district and commune").getRow(1).getCell(0).getStringCellValue()).isEqualTo("Nam Trà My");
        }
    }
}
