package vn.gnbv.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gnbv.output.Messages;
import vn.gnbv.parameters.ParameterCatalogue;

import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar's copy of rules/ compiles and loads like the folder, and is what the pre-built rule base is checked against. */
class RulesInJarTest {
    @Test
    void rulesLoadFromAZip(@TempDir Path dir) throws Exception {
        Path zip = jarOfRules(dir.resolve("rules.jar"));
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of())) {
            Path rules = fs.getPath("/gnbv/rules");
            assertThat(RuleBase.compile(rules).rules()).containsKey("HH-001");
            assertThat(ParameterCatalogue.load(rules.resolve("parameters"), "quang-nam").resolve(LocalDate.of(2024, 6, 30))
                    .get("household.income-line.rural")).isPresent();
            assertThat(Messages.load(rules, "en").text("report.title")).isEqualTo("Check results");
        }
    }

    @Test
    void theJarsCopyOfTheRulesHasTheFoldersFingerprint(@TempDir Path dir) throws Exception {
        Path jar = jarOfRules(dir.resolve("gnbv.jar"));
        var inJar = Prebuilt.textsAt(new java.net.URL("jar:" + jar.toUri() + "!/gnbv/rules"));
        var onDisk = Prebuilt.textsAt(Path.of("rules").toUri().toURL());
        assertThat(inJar).hasSize(onDisk.size()).isNotEmpty();
        assertThat(Prebuilt.fingerprint(inJar)).isEqualTo(Prebuilt.fingerprint(onDisk));
    }

    @Test
    void thePrebuiltRuleBaseHoldsExactlyTheRulesOfTheFolder() throws Exception {
        var texts = Prebuilt.textsAt(Path.of("rules").toUri().toURL());
        var prebuilt = Prebuilt.forTexts(texts);
        assertThat(prebuilt).as("the build's rule base was generated from rules/").isNotNull();
        assertThat(RuleBase.namesIn(prebuilt)).isEqualTo(RuleBase.Sources.read(Path.of("rules")).names()).isNotEmpty();
    }

    /** A jar holding rules/ under gnbv/rules, as the build packs it: folders as entries of their own, other entries beside. */
    private static Path jarOfRules(Path jar) throws Exception {
        Path src = Path.of("rules");
        try (var out = new ZipOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(src)) {
            out.putNextEntry(new ZipEntry("vn/other.txt")); // entries outside the rules are passed over
            out.closeEntry();
            out.putNextEntry(new ZipEntry("gnbv/"));
            out.closeEntry();
            for (Path f : files.sorted().toList()) {
                String name = "gnbv/rules/" + src.relativize(f).toString().replace('\\', '/');
                boolean folder = Files.isDirectory(f);
                out.putNextEntry(new ZipEntry(folder ? (name.endsWith("/") ? name : name + "/") : name));
                if (!folder) Files.copy(f, out);
                out.closeEntry();
            }
        }
        return jar;
    }
}
