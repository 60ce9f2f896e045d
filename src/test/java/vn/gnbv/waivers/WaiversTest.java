package vn.gnbv.waivers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gnbv.findings.Finding;
import vn.gnbv.findings.Values;
import vn.gnbv.input.InputError;
import vn.gnbv.input.InputException;
import vn.gnbv.input.InputKind;
import vn.gnbv.input.Location;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WaiversTest {
    private static Finding finding(String rule, String subject, String unit) {
        return new Finding(rule, "error", subject, null, unit, null, "x", Values.of(), List.of(), null, new Location("f.yaml", 1, 1));
    }

    /** The findings a filter keeps, and those it waives. */
    private record Applied(List<Finding> findings, List<Waived> waived, List<Waiver> expired, List<Waiver> unmatched) {}

    private static Applied apply(List<Finding> fs, List<Waiver> ws, LocalDate asOf) {
        WaiverFilter f = new WaiverFilter(ws);
        f.on(asOf);
        List<Finding> kept = new java.util.ArrayList<>();
        List<Waived> waived = new java.util.ArrayList<>();
        for (Finding x : fs) {
            Waiver w = f.match(x);
            if (w == null) kept.add(x);
            else waived.add(new Waived(x, w));
        }
        return new Applied(kept, waived, f.expired(), f.unmatched());
    }

    private static Waiver waiver(String rule, String subject, String unit, String expires) {
        return new Waiver(rule, subject, unit, "lý do", "QĐ 1", LocalDate.parse(expires), new Location("w.yaml", 2, 5));
    }

    @Test
    void activeWaiverTakesMatchingFindingsApart() {
        var r = apply(List.of(finding("HH-003", "household:H-1", "commune:a"), finding("HH-003", "household:X-1", "commune:a"),
                        finding("HH-001", "household:H-1", "commune:a")),
                List.of(waiver("HH-003", "household:H-*", null, "2024-06-30")), LocalDate.of(2024, 6, 30));
        assertThat(r.waived()).extracting(w -> w.finding().subject()).containsExactly("household:H-1");
        assertThat(r.findings()).extracting(Finding::rule, Finding::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("HH-003", "household:X-1"),
                        org.assertj.core.groups.Tuple.tuple("HH-001", "household:H-1"));
        assertThat(r.expired()).isEmpty();
        assertThat(r.unmatched()).isEmpty();
    }

    @Test
    void theDayAfterExpiryTheWaiverNoLongerAppliesAndIsReported() {
        var r = apply(List.of(finding("FA-001", "fund:L1", "province")),
                List.of(waiver("FA-*", null, "province", "2024-06-29")), LocalDate.of(2024, 6, 30));
        assertThat(r.findings()).hasSize(1);
        assertThat(r.expired()).hasSize(1);
    }

    @Test
    void aWaiverThatMatchesNothingIsReported() {
        var r = apply(List.of(finding("FA-001", "fund:L1", "province")),
                List.of(waiver("HI-001", null, "commune:*", "2025-01-01")), LocalDate.of(2024, 6, 30));
        assertThat(r.unmatched()).hasSize(1);
        assertThat(r.findings()).hasSize(1);
    }

    @Test
    void malformedWaiverFileIsAnInputErrorWithLines(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("w.yaml");
        Files.writeString(f, """
                waivers:
                  - {rule: HH-003, subject: "household:H-1", justification: x, decision: y, expires: 2024-13-01}
                  - {rule: HH-003, justification: x, decision: y, expires: 2024-12-31}
                  - {rule: HH-003, subject: a, decision: y, expires: 2024-12-31, reason: z}
                """);
        assertThatThrownBy(() -> Waivers.load(f)).isInstanceOf(InputException.class).satisfies(e -> {
            assertThat(((InputException) e).kind()).isEqualTo(InputKind.FACTS);
            assertThat(((InputException) e).errors()).extracting(InputError::code)
                    .containsExactly("value.bad-date", "field.missing", "field.missing", "field.unknown");
            assertThat(((InputException) e).errors()).extracting(x -> x.location().line()).containsExactly(2, 3, 4, 4);
        });
    }
}
