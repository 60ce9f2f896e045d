package vn.gnbv.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule folders are code (issue 11): DRL that reaches for the system, files, the network,
 * reflection or class loading is refused before it is compiled, with file, line and column; a rule
 * that never stops is stopped by the firing budget and named; one that fails while it runs (a
 * division by zero, a value not given) is named with what went wrong. Exit 4 either way, with no output.
 */
class DraftRulesSafetyTest {
    private static final String HEAD = """
            package gnbv.draft
            import vn.gnbv.household.HouseholdFact
            """;

    private static String rule(String lhs, String rhs) {
        return HEAD + """
                rule "HH-990 draft"
                    @id("HH-990") @severity("info") @legalBasis("dự thảo")
                when
                    %s
                then
                    %s
                end
                """.formatted(lhs, rhs);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a consequence that exits the JVM | $h: HouseholdFact() | System.exit(0); | System | 8",
            "a consequence that writes a file | $h: HouseholdFact() | java.nio.file.Files.writeString(java.nio.file.Path.of(\"/tmp/x\"), \"x\"); | java.nio | 8",
            "a consequence that starts a process | $h: HouseholdFact() | new ProcessBuilder(\"sh\").start(); | ProcessBuilder | 8",
            "a condition that loads a class | $h: HouseholdFact(eval(Class.forName(\"x\") != null)) | ; | Class.forName | 6",
            "a consequence that reflects | $h: HouseholdFact() | $h.getClass().getDeclaredFields(); | getClass | 8",
    })
    void dangerousDrlIsRefusedAtLoad(String what, String lhs, String rhs, String named, int line, @TempDir Path dir) throws Exception {
        Path rules = copyRules(dir);
        Files.writeString(rules.resolve("household/draft.drl"), rule(lhs, rhs));
        CliTest.Result r = CliTest.run("check", "fixtures/cases/tra-mai-2024", "--rules", rules.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(4);
        assertThat(r.err()).contains("draft.drl:" + line + ":", named).doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a consequence dividing by zero | $h: HouseholdFact(income != null) | long x = $h.income() / 0; | an arithmetic error | true",
            "a consequence on a value not given | $h: HouseholdFact(income == null) | long x = $h.income().longValue(); | a value the facts do not give | true",
            "a consequence past a list's end | $h: HouseholdFact() | Object o = $h.members().get(99); | an element a list does not have | true",
            "a finding given a fact as a value | $h: HouseholdFact() | vn.gnbv.engine.Raise.household(drools, $h, vn.gnbv.findings.Values.of(\"household\", $h)); | the values of its finding | true",
            "a condition on a value not given | $h: HouseholdFact(head.length() > 100) | ; | a value the facts do not give | false",
            "a condition past a list's end | $h: HouseholdFact(members[7].id == \"x\") | ; | an element a list does not have | false",
    })
    void aRuleThatFailsWhileRunningIsARulesError(String what, String lhs, String rhs, String cause, boolean consequence,
                                                 @TempDir Path dir) throws Exception {
        Path rules = copyRules(dir);
        Files.writeString(rules.resolve("household/draft.drl"), rule(lhs, rhs));
        CliTest.Result r = CliTest.run("check", "fixtures/cases/tra-mai-2024", "--rules", rules.toString(), "--lang", "en");
        assertThat(r.code()).as(r.err()).isEqualTo(4);
        assertThat(r.err()).contains("draft.drl:3:", "HH-990 draft", cause, consequence ? "after 'then'" : "after 'when'")
                .doesNotContain("\tat ", "Exception", "java.", "internal");
        if (consequence) assertThat(r.err()).contains("running on fixtures/cases/tra-mai-2024/households.yaml:");
        assertThat(r.out()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a state from raw data after the open indicators were completed | MAIN | IndicatorState.derived($h.id(), \"water\", true) | 1 | out of order",
            "a second state for one indicator | derive | IndicatorState.unknown($h.id(), \"water-draft\") | 2 | a second state",
    })
    void anIndicatorStateOutOfTheIndicatorRecordsOrderIsARulesError(String what, String group, String state, int times,
                                                                     String cause, @TempDir Path dir) throws Exception {
        Path rules = copyRules(dir);
        Files.writeString(rules.resolve("household/draft.drl"), HEAD + """
                import vn.gnbv.household.IndicatorState
                rule "HH-993 draft state"
                    @id("HH-993") @severity("info") @legalBasis("dự thảo")
                    agenda-group "%s"
                when
                    $h: HouseholdFact()
                then
                    %s
                end
                """.formatted(group, ("$h.indicators().put(" + state + ");\n").repeat(times)));
        CliTest.Result r = CliTest.run("check", "fixtures/cases/tra-mai-2024", "--rules", rules.toString(), "--lang", "en");
        assertThat(r.code()).as(r.err()).isEqualTo(4);
        assertThat(r.err()).contains("draft.drl:4:", "HH-993 draft state", cause, "running on fixtures/cases/tra-mai-2024/households.yaml:")
                .doesNotContain("\tat ", "Exception", "java.", "internal");
        assertThat(r.out()).isEmpty();
    }

    @ParameterizedTest(name = "an indicator state inserted as a fact is refused: {0}")
    @CsvSource(delimiter = '|', value = {
            "insert(vn.gnbv.household.IndicatorState.unknown($h.id(), \"water\"));",
            "insert( new vn.gnbv.household.IndicatorState($h.id(), \"water\", \"unknown\", \"none\", java.util.List.of()) );",
    })
    void anIndicatorStateInsertedAsAFactIsRefused(String rhs, @TempDir Path dir) throws Exception {
        Path rules = copyRules(dir);
        Files.writeString(rules.resolve("household/draft.drl"), rule("$h: HouseholdFact()", rhs));
        CliTest.Result r = CliTest.run("check", "fixtures/cases/tra-mai-2024", "--rules", rules.toString(), "--lang", "en");
        assertThat(r.code()).as(r.err()).isEqualTo(4);
        assertThat(r.err()).contains("draft.drl:3:", "HH-990 draft", "$h.indicators().put(").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    @ParameterizedTest(name = "an import of {0} is refused")
    @CsvSource({"java.io.File", "vn.gnbv.cli.Main", "org.kie.api.runtime.KieSession"})
    void importsAreLimitedToFactTypes(String imported, @TempDir Path dir) throws Exception {
        Path rules = copyRules(dir);
        Files.writeString(rules.resolve("household/draft.drl"), HEAD + "import " + imported + "\n");
        CliTest.Result r = CliTest.run("check", "fixtures/cases/tra-mai-2024", "--rules", rules.toString());
        assertThat(r.code()).isEqualTo(4);
        assertThat(r.err()).contains("draft.drl:3:", imported);
    }

    @ParameterizedTest(name = "a rule that keeps firing stops at the budget, named ({0})")
    @CsvSource({"1000", "5"})
    void aRunawayRuleIsStoppedAndNamed(String budget, @TempDir Path dir) throws Exception {
        Path rules = copyRules(dir);
        Files.writeString(rules.resolve("household/draft.drl"), HEAD + """
                rule "HH-991 runs away"
                    @id("HH-991") @severity("info") @legalBasis("dự thảo")
                when
                    $h: HouseholdFact()
                then
                    insert(new String("again"));
                    insert(new String("again"));
                end
                rule "HH-992 feeds itself"
                    @id("HH-992") @severity("info") @legalBasis("dự thảo")
                when
                    $s: String(this == "again")
                then
                    insert(new String("again"));
                end
                """);
        CliTest.Result r = CliTest.run("check", "fixtures/cases/tra-mai-2024", "--rules", rules.toString(), "--firing-budget", budget);
        assertThat(r.code()).as(r.err()).isEqualTo(4);
        assertThat(r.err()).contains("HH-992 feeds itself", "draft.drl:").doesNotContain("\tat ");
    }

    /** A copy of the bundled rules folder (DRL, parameters, messages) under dir. */
    static Path copyRules(Path dir) throws Exception {
        Path src = Path.of("rules"), out = dir.resolve("rules");
        try (Stream<Path> s = Files.walk(src)) {
            for (Path p : s.toList()) {
                Path t = out.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
        return out;
    }
}
