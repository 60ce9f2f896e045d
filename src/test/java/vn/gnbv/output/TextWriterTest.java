package vn.gnbv.output;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The text report: summary first, findings grouped by district and unit, numbers and dates per language. */
class TextWriterTest {
    @Test
    void golden() throws Exception {
        Reports.golden("check.txt", Reports.write("text", Reports.report(List.of(Reports.F, Reports.W), "vi",
                Map.of("d1", "Huyện Một", "commune:c1", "Xã Một"))));
    }

    @Test
    void vietnameseByDefaultEnglishOnRequest() throws Exception {
        String vi = Reports.write("text", Reports.report(List.of(Reports.F, Reports.W), "vi",
                Map.of("d1", "Huyện Một", "commune:c1", "Xã Một")));
        assertThat(vi).contains("== Tóm tắt", "Đã kiểm tra: 2 hộ, 5 người", "1 lỗi, 1 cảnh báo, 0 thông tin",
                "== Huyện: Huyện Một", "-- Xã Một", "-- c2", "[LỖI] HH-002 household:H-1 (Nguyễn Văn A)", "1.500.000",
                "[chưa xác nhận]", "Nguồn: case/hộ gia đình.yaml:12:5", "30/06/2024");
        assertThat(vi.indexOf("Tóm tắt")).isLessThan(vi.indexOf("[LỖI]"));
        String en = Reports.write("text", Reports.report(List.of(Reports.F), "en", Map.of()));
        assertThat(en).contains("[ERROR] HH-002", "1,200,000", "qualifies as poor", "[unconfirmed]", "2024-06-30");
    }

    @Test
    void noFindingsSaysSo() throws Exception {
        assertThat(Reports.write("text", Reports.report(List.of(), "en", Map.of()))).contains("No findings.");
    }
}
