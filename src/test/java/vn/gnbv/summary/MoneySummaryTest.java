package vn.gnbv.summary;

import org.junit.jupiter.api.Test;
import vn.gnbv.Cases;

import static org.assertj.core.api.Assertions.assertThat;

/** The bottleneck summary of the Quảng Nam case reconciles with its facts to the đồng. */
class MoneySummaryTest {
    @Test
    void quangNamSummaryReconciles() throws Exception {
        MoneySummary s = Cases.check("fixtures/cases/quang-nam-2024-06").summary().money();
        // the case's own totals: 742,287 + 528,810 million planned (the report rounds the latter to 528,809)
        assertThat(s.totals()).containsEntry("planned", 1_271_097_000_000L)
                .containsEntry("notAllocated", 16_083_000_000L)
                .containsEntry("disbursed", 148_693_000_000L);
        long stage = s.byStage().stream().mapToLong(MoneySummary.Row::amount).sum();
        long project = s.byProject().stream().mapToLong(MoneySummary.Row::amount).sum();
        long unit = s.byUnit().stream().mapToLong(MoneySummary.Row::amount).sum();
        assertThat(stage).isEqualTo(project).isEqualTo(unit).isEqualTo(s.totalAtStake());
        // every unallocated đồng is found late, and the money at risk is all the allocated-but-undisbursed money
        assertThat(s.byStage()).extracting(MoneySummary.Row::key).containsExactly("at-risk", "not-allocated");
        assertThat(s.byStage().get(1).amount()).isEqualTo(s.totals().get("notAllocated"));
        assertThat(s.byStage().get(0).amount()).isEqualTo(s.totals().get("undisbursed"));
        // largest first
        assertThat(s.byProject()).extracting(MoneySummary.Row::amount).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(s.byProject().get(1).key()).isEqualTo("4.1");
        assertThat(s.byProject().get(1).amount()).isEqualTo(5_753_000_000L);
    }
}
