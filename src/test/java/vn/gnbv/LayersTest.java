package vn.gnbv;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Data flows one way (README "How the code is laid out"): no main source file names — by import or
 * fully qualified — a package of a layer above its own; packages of one layer never name each other
 * both ways; only engine/ touches Drools and only cli/ touches picocli.
 */
class LayersTest {
    /** Bottom up: input; facts, parameters, findings; the rule packs' Java types; engine; run; summaries; output; cli. */
    static final Map<String, Integer> LAYER = Map.ofEntries(
            Map.entry("input", 0),
            Map.entry("facts", 1), Map.entry("parameters", 1), Map.entry("findings", 1),
            Map.entry("household", 2), Map.entry("insurance", 2), Map.entry("funding", 2), Map.entry("report", 2),
            Map.entry("engine", 3),
            Map.entry("run", 4), Map.entry("catalogue", 4),
            Map.entry("summary", 5), Map.entry("waivers", 5), Map.entry("policy", 5), Map.entry("fixtures", 5),
            Map.entry("output", 6),
            Map.entry("cli", 7), Map.entry("bench", 7));
    private static final Pattern NAMED = Pattern.compile("\\bvn\\.gnbv\\.([a-z]+)\\.");
    private static final Pattern COMMENTS = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);
    private static final Path MAIN = Path.of("src/main/java/vn/gnbv");

    record Source(String pkg, Path file, String code) {}

    static List<Source> sources() throws IOException {
        List<Source> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(MAIN)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String pkg = MAIN.relativize(f).getName(0).toString();
                out.add(new Source(pkg, f, COMMENTS.matcher(Files.readString(f)).replaceAll("")));
            }
        }
        return out;
    }

    @Test
    void everyPackageHasALayer() throws IOException {
        assertThat(sources()).allSatisfy(s -> assertThat(LAYER).as(s.file().toString()).containsKey(s.pkg()));
    }

    @Test
    void noPackageNamesOneAboveIt() throws IOException {
        List<String> up = new ArrayList<>();
        Set<String> sameLayer = new TreeSet<>();
        for (Source s : sources()) {
            Matcher m = NAMED.matcher(s.code());
            while (m.find()) {
                String to = m.group(1);
                if (to.equals(s.pkg()) || !LAYER.containsKey(to)) continue;
                int from = LAYER.get(s.pkg()), target = LAYER.get(to);
                if (target > from) up.add(s.file() + " → " + to);
                if (target == from) sameLayer.add(s.pkg() + " → " + to);
            }
        }
        assertThat(up).as("references up the layers").isEmpty();
        for (String e : sameLayer) {
            String[] ft = e.split(" → ");
            assertThat(sameLayer).as("two-way dependency in one layer: " + e).doesNotContain(ft[1] + " → " + ft[0]);
        }
    }

    @Test
    void onlyEngineTouchesDroolsAndOnlyCliTouchesPicocli() throws IOException {
        for (Source s : sources()) {
            if (!s.pkg().equals("engine")) {
                assertThat(s.code()).as(s.file().toString()).doesNotContainPattern("\\borg\\.(drools|kie)\\.");
            }
            if (!s.pkg().equals("cli")) assertThat(s.code()).as(s.file().toString()).doesNotContain("picocli");
        }
    }
}
