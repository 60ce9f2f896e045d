package vn.gnbv.output;

import vn.gnbv.facts.Case;
import vn.gnbv.facts.FactsReader;
import vn.gnbv.findings.Finding;
import vn.gnbv.findings.RuleMeta;
import vn.gnbv.findings.UsedParameter;
import vn.gnbv.findings.Values;
import vn.gnbv.input.Location;
import vn.gnbv.parameters.ParameterSet;
import vn.gnbv.summary.SummaryBuilder;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Test helper: a report of given findings, written by a format; golden files under src/test/resources/golden. */
final class Reports {
    static final Path GOLDEN = Path.of("src/test/resources/golden");
    static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
    static final Map<String, RuleMeta> RULES = new TreeMap<>(Map.of(
            "HH-002", new RuleMeta("HH-002", "HH-002 qualifies as poorer than listed", "error",
                    "Nghị định 07/2021/NĐ-CP, Điều 3, khoản 2, điểm a, b", "rules/household/findings.drl", List.of()),
            "DQ-001", new RuleMeta("DQ-001", "DQ-001 income per capita missing", "warning",
                    "Nghị định 07/2021/NĐ-CP, Điều 3, khoản 1, điểm a", "rules/household/findings.drl", List.of()),
            "FA-001", new RuleMeta("FA-001", "FA-001 planned capital not allocated after the deadline", "error",
                    "Luật Đầu tư công 39/2019/QH14, Điều 63", "rules/funding/allocation.drl", List.of())));
    static final Finding F = new Finding("HH-002", "error", "household:H-1", "Nguyễn Văn A", "commune:c1", "d1",
            "Nghị định 07/2021/NĐ-CP, Điều 3, khoản 2, điểm a, b",
            Values.of("recordedStatus", "near-poor", "computedStatus", "poor", "incomePerCapita", 1200000L,
                    "incomeLine", 1500000L, "deprivations", 3),
            List.of(new UsedParameter("household.income-line.rural", 1500000L, "ND 07 Art 3(1)(a)", "confirmed"),
                    new UsedParameter("household.nutrition.child-age-below", 16L, "ND 07 annex", "unconfirmed")),
            null, new Location("case/hộ gia đình.yaml", 12, 5));
    static final Finding W = new Finding("DQ-001", "warning", "household:H-2", null, "commune:c2", "d1",
            "Nghị định 07/2021/NĐ-CP, Điều 3, khoản 1, điểm a", Values.of("missing", "incomePerCapita"), List.of(), null,
            new Location("case/households.yaml", 20, 5));

    private Reports() {}

    static CheckReport report(List<Finding> findings, String lang, Map<String, String> names) throws Exception {
        SummaryBuilder b = new SummaryBuilder();
        b.findings(findings);
        Case c = new Case(AS_OF, null, Map.of());
        return new CheckReport(AS_OF, Messages.load(Path.of("rules"), lang), b.build(c, new FactsReader.Counts(2, 5)),
                findings.iterator(), List.of(), List.of(), List.of(), RULES, new ParameterSet(AS_OF, Map.of()), List.of(),
                names, "rules", null, "0.2.0", false);
    }

    static String write(String format, CheckReport r) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CheckFormats.writer(format).write(r, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Compares with a golden file; -Dgnbv.updateGolden=true rewrites it after an intended change. */
    static void golden(String name, String actual) throws Exception {
        Path f = GOLDEN.resolve(name);
        if (Boolean.getBoolean("gnbv.updateGolden") || !Files.exists(f)) Files.writeString(f, actual, StandardCharsets.UTF_8);
        assertThat(actual).isEqualTo(Files.readString(f, StandardCharsets.UTF_8));
    }
}
