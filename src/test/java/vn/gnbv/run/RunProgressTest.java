package vn.gnbv.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gnbv.Cases;
import vn.gnbv.facts.FactsFiles;
import vn.gnbv.input.InputException;
import vn.gnbv.summary.CheckCollector;
import vn.gnbv.waivers.WaiverFilter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The progress line is stopped when the run ends, however it ends, before the command prints anything. */
class RunProgressTest {
    private final List<String> seen = new ArrayList<>();
    private LongSupplier checked;

    private final Run.Progress progress = c -> {
        checked = c;
        seen.add("watch");
        return () -> seen.add("stop at " + checked.getAsLong());
    };

    private Run.Checked run(Path facts) throws Exception {
        try (CheckCollector c = new CheckCollector(WaiverFilter.none())) {
            return Run.execute(FactsFiles.documents(List.of(facts)), null,
                    List.of(Scenario.of("check", Cases.rules(), Path.of("rules"))), RunOptions.defaults(), c, progress);
        }
    }

    @Test
    void aRunThatEndsStopsItsProgressOnceEveryHouseholdIsChecked() throws Exception {
        Run.Checked r = run(Path.of("fixtures/cases/tra-mai-2024"));
        assertThat(seen).containsExactly("watch", "stop at " + r.counts().households());
    }

    @Test
    void aRunStoppedByWrongFactsStopsItsProgressToo(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("case.yaml"), "asOf: 2024-06-30\nhouseholds: [{id: H-1, commune: nowhere}]\n");
        assertThatThrownBy(() -> run(bad)).isInstanceOf(InputException.class);
        assertThat(seen).hasSize(2).first().isEqualTo("watch");
        assertThat(seen.get(1)).startsWith("stop at ");
    }
}
