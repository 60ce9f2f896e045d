package vn.gnbv.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gnbv.Cases;
import vn.gnbv.findings.Finding;
import vn.gnbv.findings.UsedParameter;
import vn.gnbv.findings.Values;
import vn.gnbv.input.Location;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML report: one self-contained page (styles, chart library and data inlined, nothing
 * fetched), in Vietnamese by default, every value from the data escaped, totals equal to the JSON
 * output's, the same bytes for the same input, and a cap on the findings listed with a note and
 * the left-out findings counted by unit. The page in a browser: {@code HtmlBrowserTest}.
 */
class HtmlWriterTest {
    private static final Pattern TOTAL = Pattern.compile("data-total=\"([^\"]+)\" data-value=\"([^\"]*)\"");
    private static Cases.Checked quangNam;

    @BeforeAll
    static void check() throws Exception {
        quangNam = Cases.check("fixtures/cases/quang-nam-2024-06");
    }

    static String html(CheckReport r, int cap) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlWriter(cap).write(r, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static Map<String, String> totals(String html) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        Matcher m = TOTAL.matcher(html);
        while (m.find()) out.put(m.group(1), m.group(2));
        return out;
    }

    @Test
    void oneSelfContainedPageInVietnamese() throws Exception {
        String page = Reports.write("html", SummaryReport.of(quangNam).report());
        assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"vi\">");
        assertThat(page).contains("<title>Kết quả kiểm tra — 30/06/2024</title>", "Tóm tắt", "Biểu đồ", "Theo quy tắc",
                "Phát hiện theo huyện và xã", "Tham số đã dùng", "Tiền bị ảnh hưởng theo khâu",
                "Tỷ lệ hộ nghèo theo năm so với lộ trình mục tiêu", "id=\"chart-poverty-rates\"", "id=\"chart-money-by-unit\"",
                "Content-Security-Policy", "@page { size: A4;");
        // the chart library is inlined from its webjar; nothing is fetched
        assertThat(page).contains("registerPainter(\"svg\"", "echarts.init(el, null, {renderer: 'svg'})");
        String ours = page.replace(HtmlTemplates.get().echarts, ""); // the library names XML namespaces, fetches nothing
        assertThat(ours).doesNotContain("<script src", "<link rel=\"stylesheet\"", "http://", "https://", "url(", "@import");
        // every label comes from the catalogue: no key shows through
        assertThat(page).doesNotContainPattern(">\\s*(html|col|total|summary|report|xlsx)\\.[a-z-]+");
        // unconfirmed parameters are marked where they are used and in the parameters table
        assertThat(page).contains("<span class=\"badge unconfirmed\">chưa xác nhận</span>", "funding.disbursement.target-percent");
    }

    @Test
    void eachRuleLinksToItsDocumentationPage() throws Exception {
        String page = Reports.write("html", SummaryReport.of(quangNam).report());
        String docs = RuleDocs.of(java.nio.file.Path.of("rules")).toString(); // file:/…/rules/docs/
        assertThat(page).contains("<td class=\"rule\"><a href=\"" + docs + "FA-001.md\">FA-001</a></td>");
    }

    @Test
    void totalsEqualTheJsonOutput() throws Exception {
        String page = Reports.write("html", SummaryReport.of(quangNam).report());
        JsonNode json = new ObjectMapper().readTree(Reports.write("json", SummaryReport.of(quangNam).report()));
        Map<String, String> t = totals(page);
        assertThat(t).containsEntry("asOf", "2024-06-30").containsEntry("province", "quang-nam");
        assertThat(Long.parseLong(t.get("totalAtStake"))).isEqualTo(json.get("summary").get("totalAtStake").asLong());
        for (String sev : List.of("error", "warning", "info")) {
            assertThat(Long.parseLong(t.get("findings." + sev))).isEqualTo(json.get("counts").get(sev).asLong());
        }
        for (JsonNode st : json.get("summary").get("byStage")) {
            assertThat(Long.parseLong(t.get("stage." + st.get("stage").asText()))).isEqualTo(st.get("amount").asLong());
        }
        json.get("summary").get("totals").fields().forEachRemaining(e ->
                assertThat(Long.parseLong(t.get("totals." + e.getKey()))).isEqualTo(e.getValue().asLong()));
        json.get("checked").fields().forEachRemaining(e ->
                assertThat(Long.parseLong(t.get("checked." + e.getKey()))).isEqualTo(e.getValue().asLong()));
        assertThat(Long.parseLong(t.get("householdsListedWrongly"))).isEqualTo(json.get("summary").get("householdsListedWrongly").asLong());
        // each finding is listed with its amount
        long amounts = 0;
        Matcher a = Pattern.compile("data-amount=\"(\\d+)\"").matcher(page);
        while (a.find()) amounts += Long.parseLong(a.group(1));
        long jsonAmounts = 0;
        for (JsonNode f : json.get("findings")) jsonAmounts += f.get("amount").asLong(0);
        assertThat(amounts).isEqualTo(jsonAmounts);
        assertThat(page.split("<tr class=\"finding ", -1)).hasSize(json.get("findings").size() + 1);
    }

    @Test
    void theSameInputGivesTheSameBytes() throws Exception {
        assertThat(Reports.write("html", SummaryReport.of(quangNam).report()))
                .isEqualTo(Reports.write("html", SummaryReport.of(quangNam).report()));
    }

    @Test
    void englishOnRequest() throws Exception {
        String page = Reports.write("html", SummaryReport.of(quangNam, "en").report());
        assertThat(page).contains("<html lang=\"en\">", "Summary", "Charts", "Findings by district and commune",
                "Parameters used", "\"locale\":\"en-US\"", "2024-06-30");
        assertThat(page).doesNotContain("Tóm tắt", "Biểu đồ");
    }

    @Test
    void everythingFromTheDataIsEscaped() throws Exception {
        Finding f = new Finding("HH-002", "error", "household:<b>H-1</b>", "<script>alert('x')</script>", "commune:c1", "d1",
                "Nghị định 07/2021/NĐ-CP & \"khoản\" 2", Reports.F.values(), Reports.F.parameters(), null,
                new Location("case/<hộ>.yaml", 12, 5));
        String page = html(Reports.report(List.of(f), "vi", Map.of("d1", "Huyện <Một>", "commune:c1", "Xã </script>")), 100);
        assertThat(page).doesNotContain("<script>alert", "<b>H-1</b>", "Huyện <Một>", "case/<hộ>.yaml", "Xã </script>");
        assertThat(page).contains("&lt;script&gt;alert(", "Huyện &lt;Một&gt;", "&amp; &quot;khoản&quot;");
        // the chart data sits in a script element: no name can end it
        String data = page.substring(page.indexOf("id=\"gnbv-charts\">"), page.indexOf("</script>", page.indexOf("id=\"gnbv-charts\">")));
        assertThat(data).contains("Xã \\u003c/script\\u003e");
    }

    @Test
    void aLargeRunListsTheFirstFindingsAndCountsTheRest() throws Exception {
        List<Finding> fs = new ArrayList<>();
        for (String unit : List.of("commune:c1", "commune:c2")) {
            for (int i = 0; i < 4; i++) {
                fs.add(new Finding("DQ-001", "warning", "household:" + unit + "-" + i, null, unit, "d1", "basis",
                        Values.of("missing", "incomePerCapita"),
                        List.of(new UsedParameter(unit.equals("commune:c2") ? "p.late" : "p.early", 1L, "ref", "unconfirmed")),
                        null, null));
            }
        }
        String page = html(Reports.report(fs, "vi", Map.of()), 3);
        assertThat(page.split("<tr class=\"finding ", -1)).hasSize(4);
        assertThat(page).contains("Trang này liệt kê 3 phát hiện đầu tiên", "5 phát hiện còn lại");
        assertThat(page).contains("data-omitted=\"1\"", "data-omitted=\"4\"");
        // the totals stay complete, and parameters of findings left out are still listed
        assertThat(totals(page)).containsEntry("findings.warning", "8");
        assertThat(page).contains("p.early", "p.late");
        assertThat(html(Reports.report(fs, "vi", Map.of()), 100)).doesNotContain("id=\"omitted\"");
    }

    @Test
    void noFindingsSaysSo() throws Exception {
        String page = html(Reports.report(List.of(), "vi", Map.of()), 100);
        assertThat(page).contains("Không có phát hiện nào.", "Không phát hiện nào dựa vào tham số.");
        assertThat(page).doesNotContain("id=\"charts\"");
    }
}
