package vn.gnbv;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher's choice of compiler (./gnbv, README "Performance"): the quick compiler alone for
 * inputs under 32 MiB, never for sweep or generate, -o's file not counted, GNBV_JAVA_OPTS after it.
 * Runs a copy of ./gnbv next to a jar it need not build, with a `java` that records its arguments.
 */
class LauncherTest {
    private static final String QUICK = "-XX:TieredStopAtLevel=1";
    private static final long MIB = 1024 * 1024;

    @TempDir
    Path home;
    private Path calls;

    @BeforeEach
    void launcherBesideAJar() throws IOException {
        Files.copy(Path.of("gnbv"), home.resolve("gnbv"));
        Files.writeString(home.resolve("gnbv.jvm"), "-Xmx1g\n");
        Files.createDirectories(home.resolve("target"));
        Files.writeString(home.resolve("target/gnbv.jar"), "not built here");
        Files.createDirectories(home.resolve("bin"));
        calls = home.resolve("calls");
        Path java = home.resolve("bin/java");
        Files.writeString(java, "#!/usr/bin/env bash\necho \"$*\" >> '" + calls + "'\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void aSmallCaseRunsOnTheQuickCompiler() throws Exception {
        Path facts = file("case.yaml", 1);
        assertThat(launch(null, "check", facts.toString())).contains(QUICK);
        assertThat(launch(null, "test")).contains(QUICK);
    }

    @Test
    void inputsOf32MiBOrMoreKeepTheOptimisingCompiler() throws Exception {
        Path a = file("a.json", 20 * MIB), b = file("b.json", 13 * MIB);
        assertThat(launch(null, "check", a.toString())).contains(QUICK);
        assertThat(launch(null, "check", a.toString(), b.toString())).doesNotContain(QUICK);
        Path folder = Files.createDirectories(home.resolve("district"));
        Files.move(b, folder.resolve("b.json"));
        Files.move(a, folder.resolve("a.json"));
        assertThat(launch(null, "diff", folder.toString(), "--draft-params", "x.yaml")).doesNotContain(QUICK);
    }

    @Test
    void theOutputFileIsNotAnInput() throws Exception {
        Path small = file("case.yaml", 1), old = file("old-report.json", 40 * MIB);
        assertThat(launch(null, "check", small.toString(), "-o", old.toString())).contains(QUICK);
        assertThat(launch(null, "check", "--output", old.toString(), small.toString())).contains(QUICK);
    }

    @Test
    void sweepAndGenerateKeepTheOptimisingCompiler() throws Exception {
        Path small = file("case.yaml", 1);
        assertThat(launch(null, "sweep", small.toString(), "--param", "p", "--from", "1", "--to", "2", "--step", "1"))
                .doesNotContain(QUICK);
        assertThat(launch(null, "generate", "--households", "10")).doesNotContain(QUICK);
    }

    @Test
    void javaOptionsComeAfterTheChoice() throws Exception {
        Path small = file("case.yaml", 1);
        String args = launch("-XX:TieredStopAtLevel=4", "check", small.toString());
        assertThat(args.indexOf("-XX:TieredStopAtLevel=4")).isGreaterThan(args.indexOf(QUICK));
    }

    private Path file(String name, long bytes) throws IOException {
        Path f = home.resolve(name);
        try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "rw")) {
            r.setLength(bytes); // sparse: du's apparent size, without writing it
        }
        return f;
    }

    /** The arguments the launcher gave java to run gnbv (its last call: the first may make the class-data archive). */
    private String launch(String javaOpts, String... args) throws Exception {
        Files.deleteIfExists(calls);
        List<String> command = new ArrayList<>(List.of("bash", home.resolve("gnbv").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true);
        pb.environment().put("PATH", home.resolve("bin") + ":" + System.getenv("PATH"));
        if (javaOpts == null) pb.environment().remove("GNBV_JAVA_OPTS");
        else pb.environment().put("GNBV_JAVA_OPTS", javaOpts);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        List<String> lines = Files.readAllLines(calls);
        String last = lines.get(lines.size() - 1);
        assertThat(last).as("gnbv run").contains("-jar");
        return last;
    }
}
