package vn.gnbv.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** rules/docs (a page per rule, the SARIF helpUri) is current: regenerated, it is byte for byte the same. */
class RuleDocsTest {
    @Test
    void everyRuleHasItsCurrentPage(@TempDir Path dir) throws Exception {
        Path docs = dir.resolve("docs");
        CliTest.Result r = CliTest.run("rules", "--rules", "rules", "--province", "quang-nam", "--docs", docs.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> made, committed;
        try (var a = Files.list(docs); var b = Files.list(Path.of("rules/docs"))) {
            made = a.map(p -> p.getFileName().toString()).sorted().toList();
            committed = b.map(p -> p.getFileName().toString()).sorted().toList();
        }
        String hint = "rules/docs is stale: run ./gnbv rules --province quang-nam --docs rules/docs";
        assertThat(committed).as(hint).isEqualTo(made);
        for (String f : made) {
            assertThat(Files.readString(Path.of("rules/docs", f))).as(hint + " (" + f + ")").isEqualTo(Files.readString(docs.resolve(f)));
        }
        assertThat(Files.readString(docs.resolve("HI-001.md"))).contains("## Ví dụ").contains("fixtures/health-insurance/cards.yaml");
    }
}
