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

/** The jar's copy of rules/ (a zip file system) compiles and loads like the folder. */
class RulesInJarTest {
    @Test
    void rulesLoadFromAZip(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("rules.jar");
        Path src = Path.of("rules");
        try (var out = new ZipOutputStream(Files.newOutputStream(zip)); Stream<Path> files = Files.walk(src)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new ZipEntry("gnbv/rules/" + src.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of())) {
            Path rules = fs.getPath("/gnbv/rules");
            assertThat(RuleBase.compile(rules).rules()).containsKey("HH-001");
            assertThat(ParameterCatalogue.load(rules.resolve("parameters"), "quang-nam").resolve(LocalDate.of(2024, 6, 30))
                    .get("household.income-line.rural")).isPresent();
            assertThat(Messages.load(rules, "en").text("report.title")).isEqualTo("Check results");
        }
    }
}
