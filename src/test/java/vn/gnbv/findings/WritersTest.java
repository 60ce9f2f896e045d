package vn.gnbv.findings;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import vn.gnbv.input.Location;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The findings writers: contract fields in JSON, grouping and number formats in text. */
class WritersTest {
    private static final Finding F = new Finding("HH-002", "error", "household:H-1", "commune:c1", "d1",
            "Nghị định 07/2021/NĐ-CP, Điều 3, khoản 2, điểm a, b",
            Values.of("recordedStatus", "near-poor", "computedStatus", "poor", "incomePerCapita", 1200000L,
                    "incomeLine", 1500000L, "deprivations", 3),
            List.of(new UsedParameter("household.income-line.rural", 1500000L, "ND 07 Art 3(1)(a)", "confirmed"),
                    new UsedParameter("household.nutrition.child-age-below", 16L, "ND 07 annex", "unconfirmed")),
            null, new Location("case/households.yaml", 12, 5));
    private static final Finding W = new Finding("DQ-001", "warning", "household:H-2", "commune:c2", "d1", "x",
            Values.of("missing", "incomePerCapita"), List.of(), null, new Location("case/households.yaml", 20, 5));

    @Test
    void jsonFollowsTheFindingsContract() throws Exception {
        StringWriter s = new StringWriter();
        JsonReport.write(s, LocalDate.of(2024, 6, 30), List.of(F), Messages.load(Path.of("rules"), "vi"));
        JsonNode doc = JsonReport.JSON.readTree(s.toString());
        JsonNode f = doc.get("findings").get(0);
        assertThat(f.fieldNames()).toIterable().containsExactly("rule", "severity", "subject", "unit", "district",
                "message", "legalBasis", "values", "parameters", "amount", "source");
        assertThat(f.get("values").get("incomePerCapita").asLong()).isEqualTo(1200000);
        assertThat(f.get("parameters").get(1).get("confidence").asText()).isEqualTo("unconfirmed");
        assertThat(f.get("source").get("line").asInt()).isEqualTo(12);
        assertThat(f.get("message").asText()).contains("1.200.000", "hộ nghèo");
        assertThat(doc.get("counts").get("error").asInt()).isEqualTo(1);
    }

    @Test
    void textGroupsByDistrictAndUnitAndWritesNumbersPerLanguage() throws Exception {
        StringWriter vi = new StringWriter();
        TextReport.write(new PrintWriter(vi), LocalDate.of(2024, 6, 30), List.of(F, W),
                Messages.load(Path.of("rules"), "vi"), Map.of("d1", "Huyện Một", "commune:c1", "Xã Một"));
        assertThat(vi.toString())
                .contains("== Huyện: Huyện Một (d1)", "-- Đơn vị: Xã Một (commune:c1)", "-- Đơn vị: commune:c2")
                .contains("[LỖI] HH-002 household:H-1", "1.500.000", "[chưa xác nhận]", "Nguồn: case/households.yaml:12")
                .contains("Tổng cộng: 1 lỗi, 1 cảnh báo, 0 thông tin.");
        StringWriter en = new StringWriter();
        TextReport.write(new PrintWriter(en), LocalDate.of(2024, 6, 30), List.of(F),
                Messages.load(Path.of("rules"), "en"), Map.of());
        assertThat(en.toString()).contains("[ERROR] HH-002", "1,200,000", "qualifies as poor", "[unconfirmed]");
    }

    @Test
    void noFindingsSaysSo() throws Exception {
        StringWriter s = new StringWriter();
        TextReport.write(new PrintWriter(s), LocalDate.of(2024, 6, 30), List.of(), Messages.load(Path.of("rules"), "en"), Map.of());
        assertThat(s.toString()).contains("No findings.");
    }
}
