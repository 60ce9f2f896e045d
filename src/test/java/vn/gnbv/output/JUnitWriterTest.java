package vn.gnbv.output;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

/** JUnit XML: a test case per finding, a passing case per quiet error/warning rule. */
class JUnitWriterTest {
    @Test
    void golden() throws Exception {
        Reports.golden("check.junit.xml", Reports.write("junit", Reports.report(List.of(Reports.F, Reports.W), "vi", Map.of())));
    }
}
