package vn.gnbv.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Exit codes and messages of the command line, end to end (DESIGN.md "Command line"). */
class CliTest {
    record Result(int code, String out, String err) {}

    static Result run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private static final String EXAMPLE = "fixtures/cases/tra-mai-2024";

    @Test
    void aBadOptionValueSaysWhatWasExpected() {
        Result date = run("check", EXAMPLE, "--rules", "rules", "--as-of", "31/13/2024");
        assertThat(date.code()).isEqualTo(2);
        assertThat(date.err()).contains("'31/13/2024'", "--as-of", "dd/mm/yyyy").doesNotContain("Exception");
        Result whole = run("generate", "--households", "nhiều", "-o", "x.json", "--lang", "en");
        assertThat(whole.code()).isEqualTo(2);
        Result en = run("check", EXAMPLE, "--rules", "rules", "--as-of", "2024-02-30", "--lang", "en");
        assertThat(en.err()).contains("expected a date as dd/mm/yyyy");
        assertThat(run("sweep", EXAMPLE, "--param", "household.income-line.rural", "--from", "một", "--to", "2", "--step", "1")
                .err()).contains("cần một số");
        Result typo = run("check", EXAMPLE, "--rules", "rules", "--frmat", "json");
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("'--frmat'", "'--format'");
    }

    @Test
    void checkWithDraftParametersSaysWhichValuesReplacedWhich() {
        String[] base = {"check", "fixtures/cases/near-the-line", "--rules", "rules", "--params", "drafts/rural-income-line-2.2m.yaml"};
        Result text = run(base);
        assertThat(text.out()).contains("Đã áp dụng tham số dự thảo: household.income-line.rural = 2.200.000 (hiện hành: 1.500.000)");
        Result json = run(concat(base, "--format", "json"));
        assertThat(json.out()).contains("\"draftParameters\":[{\"name\":\"household.income-line.rural\",\"value\":2200000,\"baseline\":1500000}]");
        assertThat(run("check", "fixtures/cases/near-the-line", "--rules", "rules", "--format", "json").out()).contains("\"draftParameters\":[]");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void checkTheExampleFindsErrors() {
        Result r = run("check", EXAMPLE, "--rules", "rules");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("HH-002", "Nam Trà My", "Trà Mai", "Căn cứ");
        assertThat(run("check", EXAMPLE, "--rules", "rules", "--fail-on", "never").code()).isZero();
    }

    @Test
    void outputIsDeterministicAndEnglishOnRequest() {
        Result a = run("check", EXAMPLE, "--rules", "rules", "--format", "json", "--lang", "en");
        Result b = run("check", EXAMPLE, "--rules", "rules", "--format", "json", "--lang", "en");
        assertThat(a.out()).isEqualTo(b.out()).contains("\"rule\":\"HH-004\"", "qualifies as");
    }

    @Test
    void classifyCsvHasAHeaderAndARowPerHousehold() {
        Result r = run("classify", EXAMPLE, "--rules", "rules", "--format", "csv");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).hasSize(41).first().asString().startsWith("\uFEFFhousehold,head,commune,district,recordedStatus,status");
    }

    @Test
    void badFactsExit3WithEveryErrorLocatedAndNoStackTrace(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.yaml"), """
                asOf: 2024-06-30
                communes: [{id: c1, district: d9}]
                households:
                  - {id: H-1, commune: c1, incomePerCapita: -5}
                  - {id: H-2, commune: c1, urbn: true}
                """);
        Result r = run("check", dir.toString(), "--rules", "rules");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("bad.yaml:2:", "bad.yaml:4:", "bad.yaml:5:", "'urban'")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void badRulesExit4WithFileAndLine(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules.resolve("household"));
        Files.writeString(rules.resolve("household/x.drl"), """
                package x
                rule "HH-900 no metadata"
                when
                    String()
                then
                end
                rule "HH-901 broken"
                    @id("HH-901") @severity("error") @legalBasis("x")
                when
                    Strin g(
                then
                end
                """);
        Result r = run("check", EXAMPLE, "--rules", rules.toString());
        assertThat(r.code()).isEqualTo(4);
        assertThat(r.err()).contains("x.drl:").doesNotContain("\tat ");
    }

    @Test
    void ruleWithoutMetadataRefusesToLoad(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("x.drl"), """
                package x
                rule "HH-900 no metadata"
                    @id("HH-900")
                when
                    String()
                then
                end
                rule "HH-901 twin"
                    @id("HH-900") @severity("error") @legalBasis("x")
                when
                    String()
                then
                end
                """);
        Result r = run("check", EXAMPLE, "--rules", rules.toString());
        assertThat(r.code()).isEqualTo(4);
        assertThat(r.err()).contains("@severity", "@legalBasis", "HH-900", "x.drl:2:");
    }

    @Test
    void dateWithoutParametersExit4NamingTheParameter(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("c.yaml"), "asOf: 2021-06-30\ndistricts: [{id: d1}]\n"
                + "communes: [{id: c1, district: d1, urban: false}]\nhouseholds: [{id: H-1, commune: c1, incomePerCapita: 1}]\n");
        Result r = run("check", dir.toString(), "--rules", "rules");
        assertThat(r.code()).isEqualTo(4);
        assertThat(r.err()).contains("rules/parameters/household/income-line.yaml", "household.income-line.rural")
                .doesNotContain("funding.", "/work/");
        // only the parameters the case needs: a case of districts only needs none
        Files.writeString(dir.resolve("c.yaml"), "asOf: 2021-06-30\ndistricts: [{id: d1}]\n");
        assertThat(run("check", dir.toString(), "--rules", "rules").code()).isZero();
    }

    @Test
    void waivedFindingsDoNotFailTheRun(@TempDir Path dir) throws Exception {
        Path w = dir.resolve("w.yaml");
        Files.writeString(w, """
                waivers:
                  - {rule: "*", unit: "commune:tra-mai", justification: "rà soát lại", decision: "QĐ 1/QĐ-UBND", expires: 2024-12-31}
                """);
        Result r = run("check", EXAMPLE, "--rules", "rules", "--waivers", w.toString(), "--format", "json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"waived\"", "QĐ 1/QĐ-UBND");
        Files.writeString(w, "waivers: [{rule: HH-001}]\n");
        Result bad = run("check", EXAMPLE, "--rules", "rules", "--waivers", w.toString());
        assertThat(bad.code()).isEqualTo(3);
        assertThat(bad.err()).contains("w.yaml:1:").doesNotContain("\tat ");
    }

    @Test
    void testCommandReportsAndUpdates(@TempDir Path dir) throws Exception {
        Path fx = dir.resolve("f.yaml");
        Files.writeString(fx, """
                rule: DQ-001
                cases:
                  - name: no income
                    asOf: 2024-06-30
                    facts:
                      districts: [{id: d1}]
                      communes: [{id: c1, district: d1, urban: false}]
                      households: [{id: H-1, commune: c1, deprivations: []}]
                    # a wrong expectation on purpose
                    expect: [{rule: HH-001, subject: "household:H-1"}]
                """);
        Path junit = dir.resolve("r.xml");
        Result r = run("test", fx.toString(), "--rules", "rules", "--junit", junit.toString(), "--lang", "en");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("FAIL", "- missing  HH-001 household:H-1", "+ unexpected DQ-001 household:H-1", "0 passed, 1 failed");
        assertThat(run("test", fx.toString(), "--rules", "rules").out()).contains("KHÔNG ĐẠT", "- thiếu  HH-001 household:H-1",
                "+ thừa   DQ-001 household:H-1", "0 ca đạt, 1 ca không đạt").doesNotContain("- missing", "unexpected");
        assertThat(Files.readString(junit)).contains("<failure");
        Result u = run("test", fx.toString(), "--rules", "rules", "--update");
        assertThat(u.out()).contains("đã cập nhật expect");
        assertThat(Files.readString(fx)).contains("# a wrong expectation on purpose", "{rule: DQ-001, subject: \"household:H-1\"}");
        assertThat(run("test", fx.toString(), "--rules", "rules").out()).contains("1 ca đạt, 0 ca không đạt");
    }

    @Test
    void coverageIsWrittenWithTheLanguagesDecimalSign() {
        Result vi = run("test", "fixtures/household", "--rules", "rules", "--min-coverage", "99.5");
        assertThat(vi.code()).isEqualTo(1);
        assertThat(vi.out()).containsPattern("Độ phủ: \\d+/\\d+ quy tắc đã kích hoạt \\(\\d+,\\d%\\)")
                .contains("--min-coverage 99,5%");
        Result en = run("test", "fixtures/household", "--rules", "rules", "--min-coverage", "99.5", "--lang", "en");
        assertThat(en.out()).containsPattern("Coverage: \\d+ of \\d+ rules fired \\(\\d+\\.\\d%\\)")
                .contains("--min-coverage 99.5%");
    }

    @Test
    void testSelectingNothingFails_andUpdateKeepsWhatStillMatches(@TempDir Path dir) throws Exception {
        Result none = run("test", "fixtures/household", "--rules", "rules", "--name", "zzz");
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("Không có ca kiểm thử nào được chọn");
        Path fx = dir.resolve("f.yaml");
        Files.writeString(fx, """
                rules: [HH-006, HH-002]
                cases:
                  - name: two findings, one expectation kept with its values
                    asOf: 2024-06-30
                    facts:
                      districts: [{id: d1}]
                      communes: [{id: c1, district: d1, urban: false}]
                      households: [{id: A, commune: c1, incomePerCapita: 1000000, cleanWater: false, deprivations: [sanitation, telecom], recordedStatus: near-poor}]
                    expect:
                      - {rule: HH-006, subject: "household:A", values: {indicator: water, recorded: false, derived: true}}
                """);
        Result u = run("test", fx.toString(), "--rules", "rules", "--update");
        assertThat(u.code()).as(u.out()).isZero();
        assertThat(Files.readString(fx))
                .contains("{rule: HH-006, subject: \"household:A\", values: {indicator: \"water\", recorded: false, derived: true}}")
                .contains("{rule: HH-002, subject: \"household:A\"}");
        assertThat(run("test", fx.toString(), "--rules", "rules").code()).isZero();
    }

    @Test
    void diffAndSweepFromTheCommandLine(@TempDir Path dir) throws Exception {
        Result d = run("diff", "fixtures/cases/near-the-line", "--rules", "rules", "--draft-params",
                "drafts/rural-income-line-2.2m.yaml", "--format", "json");
        assertThat(d.code()).isZero();
        assertThat(d.out()).contains("\"household\":\"B\"", "\"yearlyCostDifference\":{\"phu-ninh\":1458000}");
        Result s = run("sweep", "fixtures/cases/near-the-line", "--rules", "rules", "--param", "household.income-line.rural",
                "--from", "1500000", "--to", "2500000", "--step", "100000");
        assertThat(s.code()).isZero();
        assertThat(s.out().lines()).hasSize(12);
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "household.income-lin:\n  values: {rural: {2024-01-01: {value: 1, ref: x}}}\n");
        Result e = run("diff", "fixtures/cases/near-the-line", "--rules", "rules", "--draft-params", bad.toString());
        assertThat(e.code()).isEqualTo(3);
        assertThat(e.err()).contains("household.income-lin", "household.income-line");
        assertThat(run("sweep", "fixtures/cases/near-the-line", "--rules", "rules", "--param", "no.such",
                "--from", "1", "--to", "2", "--step", "1").code()).isEqualTo(3);
    }

    /** A draft dated after the data changes nothing: every report names its values and says why, never a bare "no change". */
    @Test
    void aDraftDatedAfterTheDataIsNamedNotTakenForNoChange(@TempDir Path dir) throws Exception {
        Path later = dir.resolve("later.yaml");
        Files.writeString(later, Files.readString(Path.of("drafts/rural-income-line-2.2m.yaml")).replace("2024-01-01", "2027-01-01"));
        String named = "\"draftNotInForce\":[{\"name\":\"household.income-line.rural\",\"from\":\"2027-01-01\",\"value\":2200000,"
                + "\"source\":{\"file\":" + com.fasterxml.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(later.toString())
                + ",\"line\":8,";
        Result diff = run("diff", "fixtures/cases/near-the-line", "--rules", "rules", "--draft-params", later.toString(), "--format", "json");
        assertThat(diff.code()).isZero();
        assertThat(diff.out()).contains(named, "\"noChange\":true");
        Result text = run("diff", "fixtures/cases/near-the-line", "--rules", "rules", "--draft-params", later.toString(), "--lang", "en");
        assertThat(text.out()).contains("household.income-line.rural = 2,200,000", "--as-of");
        Result check = run("check", "fixtures/cases/near-the-line", "--rules", "rules", "--params", later.toString(), "--format", "json");
        assertThat(check.out()).contains(named, "\"draftParameters\":[]");
        for (String format : new String[]{"text", "markdown", "html"}) {
            assertThat(run("check", "fixtures/cases/near-the-line", "--rules", "rules", "--params", later.toString(), "--format", format)
                    .out()).as(format).contains("household.income-line.rural", "01/01/2027", "--as-of");
        }
        Result classify = run("classify", "fixtures/cases/near-the-line", "--rules", "rules", "--params", later.toString());
        assertThat(classify.code()).isZero();
        assertThat(classify.err()).contains("household.income-line.rural", "01/01/2027", "--as-of");
        // on the draft's date its value is in force (and is the decree's own): nothing to name
        Result then = run("diff", "fixtures/cases/near-the-line", "--rules", "rules", "--draft-params", later.toString(),
                "--as-of", "01/01/2027", "--format", "json");
        assertThat(then.out()).contains("\"draftNotInForce\":[]");
        Result none = run("check", "fixtures/cases/near-the-line", "--rules", "rules", "--format", "json");
        assertThat(none.out()).contains("\"draftNotInForce\":[]");
    }

    @Test
    void everyCsvStartsWithAByteOrderMarkSoExcelShowsVietnamese() {
        for (String command : new String[]{"classify", "entitlements"}) {
            Result r = run(command, EXAMPLE, "--rules", "rules", "--format", "csv");
            assertThat(r.code()).isZero();
            assertThat(r.out()).as(command).startsWith("\uFEFF");
        }
        Result d = run("diff", "fixtures/cases/near-the-line", "--rules", "rules", "--draft-params",
                "drafts/rural-income-line-2.2m.yaml", "--format", "csv");
        assertThat(d.code()).isZero();
        assertThat(d.out()).startsWith("\uFEFFdistrict,status,");
    }

    @Test
    void usageErrorExit2() {
        assertThat(run("check").code()).isEqualTo(2);
        assertThat(run("check", EXAMPLE, "--format", "pdf").code()).isEqualTo(2);
    }

    /** A usage error points to the help of the command that was meant, named as it is typed. */
    @Test
    void aUsageErrorPointsToTheHelpAsItIsTyped() {
        assertThat(run("check").err().strip().lines()).last().isEqualTo("Xem: gnbv check --help");
        Result typo = run("chek", EXAMPLE, "--lang", "en");
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("'check'");
        assertThat(typo.err().strip().lines()).last().isEqualTo("See: gnbv --help");
    }
}
