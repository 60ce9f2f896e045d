package vn.gnbv.household;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The indicator record keeps the phases' order: derived states, then the open ones completed, then read. */
class IndicatorRecordTest {
    private static final List<String> IN_FORCE = List.of("employment", "water", "telecom");

    @Test
    void derivedStatesThenTheOpenOnesThenTheCount() {
        IndicatorRecord r = new IndicatorRecord();
        r.put(IndicatorState.derived("h1", "water", true));
        assertThat(r.open(IN_FORCE)).containsExactly("employment", "telecom");
        r.put(IndicatorState.recorded("h1", "employment", false));
        r.put(IndicatorState.unknown("h1", "telecom"));
        assertThat(r.open(IN_FORCE)).isEmpty();
        assertThat(r.size()).isEqualTo(3);
        assertThat(r.states()).containsExactly("deprived", "not-deprived", "unknown");
        assertThat(r.unknownKeys()).containsExactly("telecom");
        assertThat(r.all()).extracting(IndicatorState::key).containsExactly("water", "employment", "telecom");
    }

    @Test
    void aSecondStateForOneIndicatorIsRefused() {
        IndicatorRecord r = new IndicatorRecord();
        r.put(IndicatorState.derived("h1", "water", true));
        assertThatThrownBy(() -> r.put(IndicatorState.derived("h1", "water", false)))
                .isInstanceOfSatisfying(IndicatorOrderException.class, e -> {
                    assertThat(e.reason()).isEqualTo("twice");
                    assertThat(e.indicator()).isEqualTo("water");
                });
    }

    @Test
    void aDerivedStateAfterTheOpenIndicatorsWereTakenIsRefused() {
        IndicatorRecord r = new IndicatorRecord();
        r.open(IN_FORCE);
        assertThatThrownBy(() -> r.put(IndicatorState.derived("h1", "water", true)))
                .isInstanceOfSatisfying(IndicatorOrderException.class, e -> assertThat(e.reason()).isEqualTo("after"));
        r.put(IndicatorState.unknown("h1", "water"));
    }

    @Test
    void anyStateAfterTheRecordWasReadIsRefused() {
        List<java.util.function.Consumer<IndicatorRecord>> reads = List.of(IndicatorRecord::size, IndicatorRecord::states,
                IndicatorRecord::all, IndicatorRecord::unknownKeys);
        for (var read : reads) {
            IndicatorRecord r = new IndicatorRecord();
            r.open(IN_FORCE);
            read.accept(r);
            assertThatThrownBy(() -> r.put(IndicatorState.unknown("h1", "water")))
                    .isInstanceOfSatisfying(IndicatorOrderException.class, e -> assertThat(e.reason()).isEqualTo("after"));
        }
    }

    @Test
    void aKeyIsTheSameWordHoweverItWasMade() {
        IndicatorRecord r = new IndicatorRecord();
        r.put(IndicatorState.derived("h1", "water", true));
        String read = new String("water".toCharArray()); // as a parameter file's list gives it
        assertThat(r.open(List.of(read, "telecom"))).containsExactly("telecom");
        assertThatThrownBy(() -> r.put(IndicatorState.recorded("h1", read, false)))
                .isInstanceOfSatisfying(IndicatorOrderException.class, e -> assertThat(e.reason()).isEqualTo("twice"));
    }

    @Test
    void moreIndicatorsThanTheStandardsTwelveAreKeptInOrder() {
        IndicatorRecord r = new IndicatorRecord();
        List<String> keys = IntStream.range(0, 20).mapToObj(i -> "indicator-" + i).toList();
        for (String k : keys) r.put(IndicatorState.derived("h1", k, k.endsWith("3")));
        assertThatThrownBy(() -> r.put(IndicatorState.derived("h1", "indicator-19", true)))
                .isInstanceOfSatisfying(IndicatorOrderException.class, e -> assertThat(e.reason()).isEqualTo("twice"));
        assertThat(r.open(keys)).isEmpty();
        assertThat(r.all()).extracting(IndicatorState::key).containsExactlyElementsOf(keys);
        assertThat(r.states()).filteredOn("deprived"::equals).hasSize(2);
    }
}
