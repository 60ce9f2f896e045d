package vn.gnbv.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The phases rules fire in (agenda groups derive, complete, classify, then the findings): a rules
 * folder (--rules) may use only some of them, and a rule in a group gnbv never focuses is refused
 * at load (exit 4, file and line), never left out of every run in silence.
 */
class RulePhasesTest {
    private static final String CASE = """
            asOf: 2024-06-30
            districts: [{id: d1}]
            communes: [{id: c1, district: d1, urban: false}]
            households:
              - {id: H-1, commune: c1}
              - {id: H-2, commune: c1, incomePerCapita: 1000000}
            """;

    /** The bundled folder's parameters and messages, with these rules as its only DRL. */
    private static Path rulesWith(Path dir, String drl) throws Exception {
        Path rules = DraftRulesSafetyTest.copyRules(dir);
        try (Stream<Path> s = Files.walk(rules)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".drl")).toList()) Files.delete(p);
        }
        Files.writeString(rules.resolve("only.drl"), drl);
        return rules;
    }

    private static String rule(String attributes) {
        return """
                package gnbv.only
                import vn.gnbv.household.HouseholdFact
                import vn.gnbv.engine.Raise
                import vn.gnbv.findings.Values

                rule "DQ-001 income per capita missing"
                    @id("DQ-001") @severity("warning") @legalBasis("Nghị định 07/2021/NĐ-CP, Điều 3, khoản 1, điểm a")
                    %s
                when
                    $h: HouseholdFact(income == null)
                then
                    Raise.household(drools, $h, Values.of("missing", "incomePerCapita"));
                end
                """.formatted(attributes);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "agenda-group \"derive\"", "agenda-group \"complete\"", "agenda-group \"classify\""})
    void aRulesFolderUsingOnePhaseOrNoneRuns(String attributes, @TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("c.yaml"), CASE);
        Path rules = rulesWith(dir, rule(attributes));
        Path out = dir.resolve("out.json");
        CliTest.Result r = CliTest.run("check", dir.resolve("c.yaml").toString(), "--rules", rules.toString(),
                "--format", "json", "-o", out.toString(), "--fail-on", "warning");
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(Files.readString(out)).contains("\"rule\":\"DQ-001\"", "\"subject\":\"household:H-1\"")
                .doesNotContain("\"subject\":\"household:H-2\"");
    }

    @Test
    void aRuleInAGroupNeverFocusedRefusesToLoad(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("c.yaml"), CASE);
        Path rules = rulesWith(dir, rule("agenda-group \"clasify\""));
        CliTest.Result r = CliTest.run("check", dir.resolve("c.yaml").toString(), "--rules", rules.toString(), "--lang", "en");
        assertThat(r.code()).isEqualTo(4);
        assertThat(r.err()).contains("only.drl:6:", "'clasify'", "'classify'", "derive, complete, classify")
                .doesNotContain("\tat ", "Exception");
    }
}
