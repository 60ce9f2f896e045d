package vn.gnbv.facts;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Identifiers given twice found from their hashes, in memory or across runs spilled to disk. */
class IdSetTest {
    @ParameterizedTest(name = "buffer of {0}")
    @ValueSource(ints = {7, 100, 1 << 22})
    void theHashesAddedMoreThanOnceWhateverTheBufferSize(int limit) throws Exception {
        Set<Path> before = spilled();
        Random random = new Random(limit);
        IdSet ids = new IdSet(limit);
        Set<String> seen = new HashSet<>();
        Set<Long> twice = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String kind = random.nextBoolean() ? "household" : "member";
            String id = "H" + random.nextInt(1_500);
            ids.add(kind, id);
            if (!seen.add(kind + " " + id)) twice.add(IdSet.hash(kind, id));
        }
        assertThat(twice).isNotEmpty();
        assertThat(spilled().size() - before.size()).as("runs on disk").isEqualTo(limit >= 2_000 ? 0 : (2_000 - 1) / limit);
        assertThat(ids.repeated()).isEqualTo(twice);
        assertThat(spilled()).as("runs deleted").isSubsetOf(before);
    }

    @ParameterizedTest(name = "buffer of {0}")
    @ValueSource(ints = {2, 1 << 22})
    void theSameIdOfAnotherKindIsNoRepeatAndClearForgetsEverything(int limit) throws Exception {
        Set<Path> before = spilled();
        IdSet ids = new IdSet(limit);
        for (String id : new String[] {"A", "B", "C", "D", "E"}) {
            ids.add("household", id);
            ids.add("member", id);
        }
        assertThat(ids.repeated()).isEmpty();
        ids.add("household", "A");
        ids.add("household", "B");
        ids.add("household", "C");
        ids.clear();
        ids.add("household", "A");
        assertThat(ids.repeated()).isEmpty();
        assertThat(spilled()).as("runs deleted").isSubsetOf(before);
    }

    private static Set<Path> spilled() throws Exception {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("gnbv-ids-")).collect(java.util.stream.Collectors.toSet());
        }
    }
}
