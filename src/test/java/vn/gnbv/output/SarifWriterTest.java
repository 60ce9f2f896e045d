package vn.gnbv.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import vn.gnbv.Cases;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** SARIF golden file, and SARIF of the real cases validated against the 2.1.0 schema. */
class SarifWriterTest {
    @Test
    void golden() throws Exception {
        Reports.golden("check.sarif", Reports.write("sarif", Reports.report(List.of(Reports.F, Reports.W), "vi", Map.of())));
    }

    @Test
    void realCasesValidateAgainstTheSchema() throws Exception {
        JsonSchema schema;
        try (var in = getClass().getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        ObjectMapper json = new ObjectMapper();
        var broken = json.readTree("{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {}}}]}");
        assertThat(schema.validate(broken)).as("the schema catches a driver without a name").isNotEmpty();
        for (String c : List.of("fixtures/cases/tra-mai-2024", "fixtures/cases/quang-nam-2024-06", "fixtures/cases/thon-excel-2024")) {
            var checked = Cases.check(c);
            SummaryReport r = SummaryReport.of(checked);
            var doc = json.readTree(Reports.write("sarif", r.report()));
            Set<ValidationMessage> errors = schema.validate(doc);
            assertThat(errors).as(c).isEmpty();
            assertThat(doc.at("/runs/0/results").size()).isEqualTo(checked.findings().size());
            if (c.endsWith("excel-2024")) {
                // a workbook: the file itself as the artifact, the sheet's cell as the logical location
                assertThat(doc.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText()).endsWith("danh-sach-ho.xlsx");
                assertThat(doc.at("/runs/0/results/0/locations/0/logicalLocations/0/fullyQualifiedName").asText()).matches("Thôn 1![A-Z]+[0-9]+");
            }
            if (RuleDocs.of(java.nio.file.Path.of("rules")) != null) {
                assertThat(doc.at("/runs/0/tool/driver/rules/0/helpUri").asText()).startsWith("file:").contains("/rules/docs/");
            }
        }
    }
}
