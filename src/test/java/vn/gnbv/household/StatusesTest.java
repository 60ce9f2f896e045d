package vn.gnbv.household;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StatusesTest {
    private static HouseholdStatus status(String household, String status) {
        return new HouseholdStatus(household, status, 0, 0, null, null, null, null, null, null, List.of());
    }

    @Test
    void eachHouseholdHasTheStatusComputedForItAndOneWithoutIsUndetermined() {
        var computed = Statuses.computed(List.of(status("H-1", "poor"), status("H-2", "undetermined"), status("H-3", "none")));

        assertThat(Statuses.of(computed, "H-1")).isEqualTo("poor");
        assertThat(Statuses.of(computed, "H-2")).isEqualTo("undetermined");
        assertThat(Statuses.of(computed, "H-3")).isEqualTo("none");
        assertThat(Statuses.of(computed, "H-4")).isEqualTo("undetermined");
    }

    @Test
    void ranksRunFromPoorToNone() {
        assertThat(Statuses.ORDER).extracting(Statuses::rank).containsExactly(0, 1, 2, 3);
        assertThat(Statuses.rank("undetermined")).isNull();
        assertThat(Statuses.rank(null)).isNull();
    }
}
