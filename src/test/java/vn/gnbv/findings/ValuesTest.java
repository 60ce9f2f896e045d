package vn.gnbv.findings;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValuesTest {
    @Test
    void pairsInTheOrderGiven() {
        assertThat(Values.of("b", 1L, "a", null, "c", "x")).containsExactly(
                Map.entry("b", 1L), new java.util.AbstractMap.SimpleEntry<>("a", null), Map.entry("c", "x"));
    }

    @Test
    void aNameWithoutItsValueOrANameNotTextIsRefused() {
        assertThatThrownBy(() -> Values.of("a", 1L, "b")).isInstanceOf(FindingValuesException.class);
        assertThatThrownBy(() -> Values.of(1, 2)).isInstanceOf(FindingValuesException.class);
    }

    @Test
    void valuesAFindingMayCarry() {
        Map<String, Object> ok = Values.of("text", "x", "whole", 1L, "int", 2, "yes", true, "decimal", new BigDecimal("1.5"),
                "big", java.math.BigInteger.TEN, "none", null, "list", Arrays.asList("a", 1L, null), "map", Map.of("k", List.of(1L)));
        assertThat(Values.checked(ok)).isSameAs(ok);
    }

    @Test
    void anythingElseIsRefused() {
        for (Object bad : List.of(LocalDate.of(2024, 1, 1), Set.of("a"), new Object(), 1.5d, List.of(List.of(new Object())),
                Map.of("k", LocalDate.of(2024, 1, 1)))) {
            assertThatThrownBy(() -> Values.checked(Values.of("v", bad))).as(String.valueOf(bad)).isInstanceOf(FindingValuesException.class);
        }
        assertThatThrownBy(() -> Values.checked(null)).isInstanceOf(FindingValuesException.class);
        Map<String, Object> unnamed = new HashMap<>();
        unnamed.put(null, 1L);
        assertThatThrownBy(() -> Values.checked(unnamed)).isInstanceOf(FindingValuesException.class);
    }
}
