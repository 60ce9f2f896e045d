package vn.gnbv.summary;

import org.junit.jupiter.api.Test;
import vn.gnbv.findings.Finding;
import vn.gnbv.findings.Values;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Households listed wrongly are counted once, whatever the number of findings that say so. */
class FindingTallyTest {
    private static Finding household(String rule, String id, Object... values) {
        return new Finding(rule, "error", "household:" + id, null, "commune:c1", "d1", "basis", Values.of(values), List.of(),
                null, null);
    }

    @Test
    void aHouseholdListedWronglyCountsOnce() {
        FindingTally t = new FindingTally();
        t.add(List.of(
                household("HH-002", "H-1", "recordedStatus", "near-poor", "computedStatus", "poor"),
                household("HH-004", "H-1", "recordedStatus", "near-poor", "computedStatus", "poor", "exitedPovertyOn", "2023-12-14"),
                household("HH-006", "H-2", "indicator", "water", "recorded", true, "derived", false),
                household("HH-003", "H-3", "recordedStatus", "middle", "computedStatus", "none")));
        assertThat(t.householdsListedWrongly()).isEqualTo(2);
    }

    @Test
    void theTraMaiExampleHasItsWronglyListedHouseholds() throws Exception {
        var c = vn.gnbv.Cases.check("fixtures/cases/tra-mai-2024");
        long distinct = c.findings().stream()
                .filter(f -> f.values().get("recordedStatus") != null && f.values().get("computedStatus") != null
                        && !f.values().get("recordedStatus").equals(f.values().get("computedStatus")))
                .map(Finding::subject).distinct().count();
        assertThat(distinct).isPositive();
        assertThat(c.summary().householdsListedWrongly()).isEqualTo(distinct);
    }
}
