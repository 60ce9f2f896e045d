package vn.gnbv.household;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gnbv.facts.FactsFiles;
import vn.gnbv.facts.FactsReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A household as the rules see it: ages as of the case date, and counts. */
class HouseholdFactsTest {
    @TempDir
    Path dir;

    private HouseholdFact household(String members) throws Exception {
        Files.writeString(dir.resolve("case.yaml"), """
                asOf: 2024-06-30
                districts: [{id: d1}]
                communes: [{id: c1, district: d1, urban: false}]
                households:
                  - {id: H-1, commune: c1, members: %s}
                """.formatted(members));
        FactsReader.Whole whole = FactsReader.readWhole(FactsFiles.documents(List.of(dir)), null);
        return HouseholdFacts.of(whole.households().get(0), whole.facts());
    }

    @Test
    void membersWithoutABirthDateAreCounted() throws Exception {
        HouseholdFact h = household("[{id: P-1, birthDate: 2009-06-30}, {id: P-2}, {id: P-3}]");

        assertThat(h.memberCount()).isEqualTo(3);
        assertThat(h.membersWithoutAge()).isEqualTo(2);
        assertThat(h.members()).extracting(MemberFact::ageYears).containsExactly(15, null, null);
        assertThat(h.members()).extracting(MemberFact::ageMonths).containsExactly(180, null, null);
    }

    @Test
    void everyAgeKnownCountsNone() throws Exception {
        assertThat(household("[{id: P-1, birthDate: 2009-07-01}]").membersWithoutAge()).isZero();
        assertThat(household("[]").membersWithoutAge()).isZero();
    }

    @Test
    void wholeMonthsAreThePeriodsTotalMonths() {
        // month ends, leap days, the same day, and dates after the case date (negative)
        LocalDate start = LocalDate.of(2019, 12, 25);
        List<LocalDate> to = List.of(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 6, 30),
                LocalDate.of(2023, 2, 28), LocalDate.of(2020, 1, 31), LocalDate.of(2020, 2, 1));
        for (LocalDate asOf : to) {
            for (LocalDate from = start; from.isBefore(LocalDate.of(2024, 4, 10)); from = from.plusDays(1)) {
                assertThat(HouseholdFacts.wholeMonths(from, asOf)).as("%s to %s", from, asOf)
                        .isEqualTo(Period.between(from, asOf).toTotalMonths());
            }
        }
    }
}
