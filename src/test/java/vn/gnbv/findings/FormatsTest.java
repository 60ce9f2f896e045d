package vn.gnbv.findings;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import vn.gnbv.check.Run;
import vn.gnbv.check.RunOptions;
import vn.gnbv.engine.RuleMeta;
import vn.gnbv.input.Location;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden tests of the SARIF, JUnit and Markdown writers, and SARIF validation against the 2.1.0
 * schema. Regenerate the golden files after an intended change with -Dgnbv.updateGolden=true.
 */
class FormatsTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Map<String, RuleMeta> RULES = new TreeMap<>(Map.of(
            "HH-002", new RuleMeta("HH-002", "HH-002 qualifies as poorer than listed", "error",
                    "Nghị định 07/2021/NĐ-CP, Điều 3, khoản 2, điểm a, b", "rules/household/findings.drl", List.of()),
            "DQ-001", new RuleMeta("DQ-001", "DQ-001 income per capita missing", "warning",
                    "Nghị định 07/2021/NĐ-CP, Điều 3, khoản 1, điểm a", "rules/household/findings.drl", List.of()),
            "FA-001", new RuleMeta("FA-001", "FA-001 planned capital not allocated after the deadline", "error",
                    "Luật Đầu tư công 39/2019/QH14, Điều 63", "rules/funding/allocation.drl", List.of())));
    private static final List<Finding> FINDINGS = List.of(
            new Finding("HH-002", "error", "household:H-1", "commune:c1", "d1", "Nghị định 07/2021/NĐ-CP, Điều 3, khoản 2, điểm a, b",
                    Values.of("recordedStatus", "near-poor", "computedStatus", "poor", "incomePerCapita", 1200000L,
                            "incomeLine", 1500000L, "deprivations", 3),
                    List.of(new UsedParameter("household.income-line.rural", 1500000L, "ND 07 Art 3(1)(a)", "confirmed")),
                    null, new Location("case/hộ gia đình.yaml", 12, 5)),
            new Finding("DQ-001", "warning", "household:H-2", "commune:c1", "d1", "Nghị định 07/2021/NĐ-CP, Điều 3, khoản 1, điểm a",
                    Values.of("missing", "incomePerCapita"), List.of(), null, new Location("case/households.yaml", 20, 5)));

    private static void golden(String name, String actual) throws Exception {
        Path f = GOLDEN.resolve(name);
        if (Boolean.getBoolean("gnbv.updateGolden") || !Files.exists(f)) Files.writeString(f, actual, StandardCharsets.UTF_8);
        assertThat(actual).isEqualTo(Files.readString(f, StandardCharsets.UTF_8));
    }

    private static Messages vi() throws Exception {
        return Messages.load(Path.of("rules"), "vi");
    }

    @Test
    void sarifGolden() throws Exception {
        StringWriter s = new StringWriter();
        SarifReport.write(s, FINDINGS, RULES, vi(), "0.1.0");
        golden("check.sarif", s.toString());
    }

    @Test
    void junitGolden() throws Exception {
        StringWriter s = new StringWriter();
        JUnitReport.write(s, FINDINGS, RULES, vi());
        golden("check.junit.xml", s.toString());
    }

    @Test
    void markdownGolden() throws Exception {
        StringWriter s = new StringWriter();
        try (PrintWriter out = new PrintWriter(s)) {
            MarkdownReport.write(out, LocalDate.of(2024, 6, 30), FINDINGS, vi(), Map.of("d1", "Huyện Một"), null);
        }
        golden("check.md", s.toString());
    }

    @Test
    void sarifOfRealCasesValidatesAgainstTheSchema() throws Exception {
        JsonSchema schema;
        try (var in = getClass().getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        var broken = JsonReport.JSON.readTree("{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {}}}]}");
        assertThat(schema.validate(broken)).as("the schema catches a driver without a name").isNotEmpty();
        for (String c : List.of("fixtures/cases/tra-mai-2024", "fixtures/cases/quang-nam-2024-06")) {
            Run run = Run.of(new RunOptions(List.of(Path.of(c)), null, null, Path.of("rules")));
            StringWriter s = new StringWriter();
            SarifReport.write(s, run.result().findings(), run.rules().rules(), vi(), "0.1.0");
            Set<ValidationMessage> errors = schema.validate(JsonReport.JSON.readTree(s.toString()));
            assertThat(errors).as(c).isEmpty();
            assertThat(JsonReport.JSON.readTree(s.toString()).at("/runs/0/results").size())
                    .isEqualTo(run.result().findings().size());
        }
    }
}
