package vn.gnbv.classify;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClassificationWriterTest {
    private static final List<ClassificationRow> ROWS = List.of(
            new ClassificationRow("H-1", "c1", "d1", "poor", List.of("sanitation", "water"), List.of(), 1200000L,
                    1500000L, "rural", "Nghị định 07/2021/NĐ-CP", null),
            new ClassificationRow("H-2", "c1", "d1", "undetermined", List.of(), List.of("nutrition"), null, null,
                    "rural", "Nghị định 07/2021/NĐ-CP", "income"));

    @Test
    void csvHasTheContractColumnsAndJoinsLists() throws Exception {
        StringWriter s = new StringWriter();
        ClassificationWriter.csv(s, ROWS);
        assertThat(s.toString().lines()).containsExactly(
                "household,commune,district,status,deprivations,unknownIndicators,incomePerCapita,incomeLine,area,standard,reason,incomeGap,deprivationsToNextClass",
                "H-1,c1,d1,poor,sanitation;water,,1200000,1500000,rural,\"Nghị định 07/2021/NĐ-CP\",,,",
                "H-2,c1,d1,undetermined,,nutrition,,,rural,\"Nghị định 07/2021/NĐ-CP\",income,,");
    }

    @Test
    void jsonIsAnArrayOfRows() throws Exception {
        StringWriter s = new StringWriter();
        ClassificationWriter.json(s, ROWS);
        assertThat(s.toString()).startsWith("[").contains("\"deprivations\" : [ \"sanitation\", \"water\" ]",
                "\"reason\" : \"income\"");
    }
}
