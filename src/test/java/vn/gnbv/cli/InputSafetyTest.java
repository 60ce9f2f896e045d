package vn.gnbv.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing lost, nothing changed (issue 11): each malformed or unusual input a careful user tried is
 * read, or refused with its place and the right exit code — never dropped or changed silently.
 */
class InputSafetyTest {
    private static final String PLACES = "asOf: 2024-06-30\ndistricts: [{id: d1}]\ncommunes: [{id: c1, district: d1, urban: false}]\n";

    /** A case folder of files, a command, the exit code and what standard error must say. */
    record Case(String name, Map<String, Object> files, List<String> args, int exit, List<String> err) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("a second YAML document after --- is refused where it starts",
                        Map.of("c.yaml", PLACES + "---\nhouseholds: [{id: H-1, commune: c1}]\n"),
                        List.of("check"), 3, List.of("c.yaml:5:1", "tài liệu")),
                new Case("a second JSON object after the first is refused where it starts",
                        Map.of("c.json", "{\"asOf\": \"2024-06-30\"}\n{\"households\": []}\n"),
                        List.of("check"), 3, List.of("c.json:2:")),
                new Case("an empty file is an error naming it, even with --as-of",
                        Map.of("c.yaml", ""), List.of("check", "--as-of", "30/06/2024"), 3, List.of("c.yaml:1:1", "rỗng")),
                new Case("a file of comments only is an error naming it",
                        Map.of("c.yaml", "# nothing yet\n"), List.of("check", "--as-of", "2024-06-30"), 3, List.of("c.yaml", "rỗng")),
                new Case("a number YAML 1.1 reads as octal is refused, not read as 8",
                        Map.of("c.yaml", PLACES + "households: [{id: H-1, commune: c1, incomePerCapita: 010}]\n"),
                        List.of("check"), 3, List.of("c.yaml:4:", "'010'")),
                new Case("a YAML alias is refused, not read as its anchor's name",
                        Map.of("c.yaml", PLACES + "households: [{id: H-1, commune: &c c1}, {id: H-2, commune: *c}]\n"),
                        List.of("check"), 3, List.of("c.yaml:4:", "*c")),
                new Case("a YAML merge key is refused by name",
                        Map.of("c.yaml", PLACES + "base: &b {commune: c1}\nhouseholds: [{<<: *b, id: H-1}]\n"),
                        List.of("check"), 3, List.of("'<<'")),
                new Case("a draft value of 2.7 for a whole-number parameter is refused in the draft file",
                        Map.of("c.yaml", PLACES + "households: [{id: H-1, commune: c1, incomePerCapita: 1}]\n",
                                "draft.yaml", "household.poor-min-deprivations:\n  values:\n    2024-01-01: {value: 2.7, ref: x}\n"),
                        List.of("check", "--params", "@draft.yaml"), 3, List.of("draft.yaml:3:", "2.7")),
                new Case("text for a number in a draft is an input error in the draft file, without Java names",
                        Map.of("c.yaml", PLACES + "households: [{id: H-1, commune: c1, incomePerCapita: 1}]\n",
                                "draft.yaml", "household.income-line:\n  values: {rural: {2024-01-01: {value: \"cao\", ref: x}}}\n"),
                        List.of("check", "--params", "@draft.yaml"), 3, List.of("draft.yaml:2:")),
                new Case("money totals beyond any budget stop the run instead of wrapping negative",
                        Map.of("c.yaml", "asOf: 2024-06-30\nfunds:\n" + bigFunds(9300)),
                        List.of("check"), 3, List.of("9,2")),
                new Case("UTF-16 is refused by name, at the file's start",
                        Map.of("c.yaml", new byte[]{(byte) 0xFF, (byte) 0xFE, 'a', 0, 's', 0}), List.of("check"), 3,
                        List.of("c.yaml:1:1", "UTF-16")),
                new Case("a Latin-1 byte is located at its line and column",
                        Map.of("c.yaml", "asOf: 2024-06-30\ndistricts: [{id: d1, name: \"Tr\u00e0 My\"}]\n".getBytes(StandardCharsets.ISO_8859_1)),
                        List.of("check"), 3, List.of("c.yaml:2:", "0xE0")),
                new Case("a NUL byte is located, in plain words",
                        Map.of("c.yaml", "asOf: 2024-06-30\ndistricts: [{id: \"d\u0000\"}]\n"), List.of("check"), 3,
                        List.of("c.yaml:2:", "điều khiển")),
                new Case("identifiers are taken as written: 010 and 0x1F stay themselves, 007 names commune 007",
                        Map.of("c.yaml", "asOf: 2024-06-30\ndistricts: [{id: d1}]\ncommunes: [{id: 007, district: d1, urban: false}]\n"
                                + "households: [{id: 010, commune: 007, incomePerCapita: 1}, {id: 0x1F, commune: 007, incomePerCapita: 1},"
                                + " {id: 8, commune: 007, incomePerCapita: 1}, {id: 31, commune: 007, incomePerCapita: 1}]\n"),
                        List.of("classify", "--format", "csv"), 0, List.of()));
    }

    /** Lines of a million billion đồng each (the most a line may hold): 9,300 of them sum past a long. */
    private static String bigFunds(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append("  - {id: F").append(i).append(", planYear: 2024, kind: investment, unit: province, planned: 1000000000000000}\n");
        }
        return b.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachReproduction(Case c, @TempDir Path dir) throws Exception {
        Path folder = dir.resolve("case");
        Files.createDirectories(folder);
        for (var e : c.files().entrySet()) {
            Path f = (e.getKey().startsWith("draft") ? dir : folder).resolve(e.getKey());
            if (e.getValue() instanceof byte[] b) Files.write(f, b);
            else Files.writeString(f, (String) e.getValue(), StandardCharsets.UTF_8);
        }
        List<String> args = new ArrayList<>();
        args.add(c.args().get(0));
        args.add(folder.toString());
        for (String a : c.args().subList(1, c.args().size())) args.add(a.startsWith("@") ? dir.resolve(a.substring(1)).toString() : a);
        args.addAll(List.of("--rules", "rules"));
        CliTest.Result r = CliTest.run(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isEqualTo(c.exit());
        if (!c.err().isEmpty()) assertThat(r.err()).contains(c.err());
        assertThat(r.err()).doesNotContain("Exception", "\tat ", "java.");
        if (c.exit() == 3) assertThat(r.err()).as("one root cause, one error").doesNotContain("asOf (YYYY-MM-DD)");
        if (c.name().startsWith("identifiers")) {
            assertThat(r.out()).contains("\n010,", "\n0x1F,", "\n8,", "\n31,");
        }
    }

    @Test
    void aLinkedSubFolderIsFollowedAndALoopIsNamed(@TempDir Path dir) throws Exception {
        Path real = Files.createDirectories(dir.resolve("real"));
        Files.writeString(real.resolve("hh.yaml"), "households: [{id: H-1, commune: c1, incomePerCapita: 1}]\n");
        Path c = Files.createDirectories(dir.resolve("case"));
        Files.writeString(c.resolve("case.yaml"), PLACES);
        Files.createSymbolicLink(c.resolve("linked"), real);
        CliTest.Result r = CliTest.run("check", c.toString(), "--rules", "rules", "--fail-on", "never");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Đã kiểm tra: 1 hộ");
        Files.createSymbolicLink(real.resolve("back"), c);
        CliTest.Result loop = CliTest.run("check", c.toString(), "--rules", "rules");
        assertThat(loop.code()).isEqualTo(3);
        assertThat(loop.err()).contains("back", "vòng lặp");
    }

    @Test
    void anUnreadableSubFolderIsNamedWithTheReason(@TempDir Path dir) throws Exception {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root reads every folder");
        Path c = Files.createDirectories(dir.resolve("case"));
        Files.writeString(c.resolve("case.yaml"), PLACES);
        Path hidden = Files.createDirectories(c.resolve("hidden"));
        hidden.toFile().setReadable(false);
        CliTest.Result r = CliTest.run("check", c.toString(), "--rules", "rules");
        hidden.toFile().setReadable(true);
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("hidden", "không có quyền đọc");
    }

    @Test
    void theOutputIsCheckedBeforeAnyWorkAndNeverHalfWritten(@TempDir Path dir) throws Exception {
        Path c = Files.createDirectories(dir.resolve("case"));
        Path facts = c.resolve("case.yaml");
        Files.writeString(facts, PLACES + "households: [{id: H-1, commune: c1, incomePerCapita: 1}]\n");
        CliTest.Result self = CliTest.run("check", c.toString(), "--rules", "rules", "-o", facts.toString());
        assertThat(self.code()).isEqualTo(2);
        assertThat(Files.readString(facts)).startsWith("asOf");
        assertThat(CliTest.run("check", c.toString(), "--rules", "rules", "-o", dir.resolve("no/such/r.txt").toString()).code())
                .isEqualTo(2);
        Path report = dir.resolve("r.txt");
        Files.writeString(report, "the last report");
        Files.writeString(c.resolve("bad.yaml"), "households: [{id: H-2}]\n");
        CliTest.Result bad = CliTest.run("check", c.toString(), "--rules", "rules", "-o", report.toString());
        assertThat(bad.code()).isEqualTo(3);
        assertThat(Files.readString(report)).as("a failed run leaves the old report whole").isEqualTo("the last report");
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void aFullDiskIsAnErrorNotExit0(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/full")));
        CliTest.Result r = CliTest.run("check", "fixtures/cases/tra-mai-2024", "--rules", "rules", "-o", "/dev/full");
        assertThat(r.code()).isEqualTo(5);
        assertThat(r.err()).contains("không ghi được kết quả vào /dev/full", "hết dung lượng đĩa")
                .doesNotContain("\tat ", "No space");
        Process p = java(dir, List.of("check", "fixtures/cases/tra-mai-2024", "--rules", "rules"), List.of("-Xmx256m"),
                new File("/dev/full"));
        assertThat(p.waitFor()).isEqualTo(5);
        assertThat(Files.readString(dir.resolve("err.txt")).strip().lines()).singleElement().asString()
                .contains("đầu ra chuẩn").doesNotContain("standard output");
        Process en = java(dir, List.of("check", "fixtures/cases/tra-mai-2024", "--rules", "rules", "--lang", "en"),
                List.of("-Xmx256m"), new File("/dev/full"));
        assertThat(en.waitFor()).isEqualTo(5);
        assertThat(Files.readString(dir.resolve("err.txt")).strip().lines()).singleElement().asString()
                .contains("standard output");
    }

    /** The spreadsheet library's own temporary files: gnbv's temporary-file failure, not the report's. */
    @Test
    void aWorkbookWhoseTemporaryFilesCannotBeWrittenExits5NamingTheTemporaryFolder(@TempDir Path dir) throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("not-a-folder"), "");
        Process p = java(dir, List.of("check", "fixtures/cases/tra-mai-2024", "--rules", "rules", "--format", "xlsx",
                "-o", dir.resolve("r.xlsx").toString()), List.of("-Xmx256m", "-Djava.io.tmpdir=" + notAFolder), null);
        int code = p.waitFor();
        String err = Files.readString(dir.resolve("err.txt"));
        assertThat(code).as(err).isEqualTo(5);
        assertThat(err.strip().lines()).hasSize(1);
        assertThat(err).contains("tệp tạm", "not-a-folder").doesNotContain("Exception", "không ghi được kết quả");
        assertThat(dir.resolve("r.xlsx")).doesNotExist();
    }

    /** Out of memory while the rules compile (the smaller heaps) or while they run: one line each time. */
    @ParameterizedTest(name = "-Xmx{0}")
    @ValueSource(strings = {"20m", "25m", "32m"})
    void outOfMemoryExits5WithOneLine(String heap, @TempDir Path dir) throws Exception {
        Path roster = dir.resolve("r.json");
        assertThat(CliTest.run("generate", "--households", "3000", "-o", roster.toString()).code()).isZero();
        Process p = java(dir, List.of("check", roster.toString(), "--rules", "rules"), List.of("-Xmx" + heap), null);
        int code = p.waitFor();
        String err = Files.readString(dir.resolve("err.txt"));
        assertThat(code).as(err).isEqualTo(5);
        assertThat(err.strip().lines()).hasSize(1);
        assertThat(err).contains("hết bộ nhớ");
    }

    @Test
    void aTemporaryFolderThatCannotBeWrittenExits5WithOneLineNotAsAnInputError(@TempDir Path dir) throws Exception {
        Path roster = dir.resolve("r.json");
        assertThat(CliTest.run("generate", "--households", "300", "-o", roster.toString()).code()).isZero();
        Process p = java(dir, List.of("check", roster.toString(), "--rules", "rules", "--format", "json", "-o",
                dir.resolve("f.json").toString()), List.of("-Xmx256m", "-Dgnbv.spillRecords=10",
                "-Djava.io.tmpdir=" + dir.resolve("no-such-folder")), null);
        int code = p.waitFor();
        String err = Files.readString(dir.resolve("err.txt"));
        assertThat(code).as(err).isEqualTo(5);
        assertThat(err.strip().lines()).hasSize(1);
        assertThat(err).contains("tệp tạm", "no-such-folder", "không tồn tại").doesNotContain("lỗi đầu vào", "Exception");
    }

    /** gnbv in a process of its own (same classpath), for what only a process shows: memory, a full standard output. */
    private static Process java(Path dir, List<String> args, List<String> jvm, File out) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "vn.gnbv.cli.Main"));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(dir.resolve("err.txt").toFile());
        pb.redirectOutput(out != null ? out : dir.resolve("out.txt").toFile());
        return pb.start();
    }
}
