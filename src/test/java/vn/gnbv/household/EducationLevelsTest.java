package vn.gnbv.household;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EducationLevelsTest {
    @Test
    void levelsRankInIncreasingOrderWithVocationalBesideUpperSecondary() {
        assertThat(List.of("none", "primary", "lower-secondary", "upper-secondary", "vocational", "higher"))
                .extracting(EducationLevels::rank).containsExactly(0, 1, 2, 3, 3, 4);
    }

    @Test
    void anUnknownOrMissingLevelHasNoRank() {
        assertThat(EducationLevels.rank("university")).isEqualTo(-1);
        assertThat(EducationLevels.rank(null)).isEqualTo(-1);
    }
}
