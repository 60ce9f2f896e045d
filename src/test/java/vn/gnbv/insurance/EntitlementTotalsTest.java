package vn.gnbv.insurance;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EntitlementTotalsTest {
    private static final Map<String, String> DISTRICTS = Map.of("c1", "d1", "c2", "d1");

    private static Entitlement person(String id, String commune, String group, long percent, long monthly) {
        return new Entitlement(id, "h-" + id, commune, group, percent, 81_000, monthly, List.of(), null, null);
    }

    @Test
    void sumsPeopleAndYearlyShareByCommuneDistrictAndProvinceInUnitThenGroupOrder() {
        var totals = new EntitlementTotals();
        totals.addAll(List.of(person("a", "c2", "poor", 100, 81_000), person("b", "c1", "near-poor", 70, 56_700),
                person("c", "c1", "poor", 100, 81_000), person("d", "c3", "poor", 100, 81_000)));

        assertThat(totals.facts(DISTRICTS::get)).containsExactly(
                new EntitlementTotal("commune:c1", "near-poor", 1, 680_400),
                new EntitlementTotal("commune:c1", "poor", 1, 972_000),
                new EntitlementTotal("commune:c2", "poor", 1, 972_000),
                new EntitlementTotal("commune:c3", "poor", 1, 972_000),
                new EntitlementTotal("district:d1", "near-poor", 1, 680_400),
                new EntitlementTotal("district:d1", "poor", 2, 1_944_000),
                new EntitlementTotal("province", "near-poor", 1, 680_400),
                new EntitlementTotal("province", "poor", 3, 2_916_000));
    }

    @Test
    void noSupportCountsNowhere() {
        var totals = new EntitlementTotals();
        totals.addAll(List.of(person("a", "c1", "none", 0, 0)));
        assertThat(totals.facts(DISTRICTS::get)).isEmpty();
    }

    @Test
    void theSameWhateverOrderTheBatchesComeIn() {
        var one = List.of(person("a", "c1", "poor", 100, 81_000), person("b", "c2", "near-poor", 70, 56_700));
        var two = List.of(person("c", "c2", "poor", 100, 81_000));
        var forward = new EntitlementTotals();
        forward.addAll(one);
        forward.addAll(two);
        var backward = new EntitlementTotals();
        backward.addAll(two);
        backward.addAll(one);

        assertThat(backward.facts(DISTRICTS::get)).isEqualTo(forward.facts(DISTRICTS::get));
        forward.clear();
        assertThat(forward.facts(DISTRICTS::get)).isEmpty();
    }
}
