package vn.gnbv.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** JSON follows the findings contract (with name and source.column), compact by default. */
class JsonWriterTest {
    @Test
    void findingsContract() throws Exception {
        String s = Reports.write("json", Reports.report(List.of(Reports.F), "vi", Map.of()));
        assertThat(s.lines()).hasSize(1);
        JsonNode doc = new ObjectMapper().readTree(s);
        JsonNode f = doc.get("findings").get(0);
        assertThat(f.fieldNames()).toIterable().containsExactly("rule", "severity", "subject", "name", "unit", "district",
                "message", "legalBasis", "values", "parameters", "amount", "source");
        assertThat(f.get("values").get("incomePerCapita").asLong()).isEqualTo(1200000);
        assertThat(f.get("parameters").get(1).get("confidence").asText()).isEqualTo("unconfirmed");
        assertThat(f.get("source").get("line").asInt()).isEqualTo(12);
        assertThat(f.get("source").get("column").asInt()).isEqualTo(5);
        assertThat(f.get("message").asText()).contains("1.200.000", "hộ nghèo");
        assertThat(doc.get("counts").get("error").asInt()).isEqualTo(1);
        assertThat(doc.get("checked").get("households").asInt()).isEqualTo(2);
    }
}
