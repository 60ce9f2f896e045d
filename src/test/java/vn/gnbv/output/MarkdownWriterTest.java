package vn.gnbv.output;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Markdown for a council paper: Vietnamese headers throughout, the summary first. */
class MarkdownWriterTest {
    @Test
    void golden() throws Exception {
        String md = Reports.write("markdown", Reports.report(List.of(Reports.F, Reports.W), "vi", Map.of("d1", "Huyện Một")));
        Reports.golden("check.md", md);
        assertThat(md).doesNotContain("| Rule |", "| Subject |", "VND");
    }
}
