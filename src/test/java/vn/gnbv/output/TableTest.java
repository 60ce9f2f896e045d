package vn.gnbv.output;

import org.junit.jupiter.api.Test;
import vn.gnbv.household.ClassificationRow;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Derived tables: CSV with a UTF-8 byte-order mark (Excel shows Vietnamese), JSON arrays. */
class TableTest {
    private static final List<Map<String, Object>> ROWS = List.of(
            new ClassificationRow("H-1", "Nguyễn Văn A", "c1", "d1", "near-poor", "poor", List.of("sanitation", "water"),
                    List.of(), 1200000L, 1500000L, "rural", "Nghị định 07/2021/NĐ-CP", null, -300000L, 1).asMap(),
            new ClassificationRow("H-2", null, "c1", "d1", null, "undetermined", List.of(), List.of("nutrition"), null, null,
                    "rural", "Nghị định 07/2021/NĐ-CP", "income", null, null).asMap());

    @Test
    void csvHasABomTheColumnsAndJoinsLists() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Table.csv(out, ClassificationRow.COLUMNS, ROWS.iterator());
        byte[] b = out.toByteArray();
        assertThat(new byte[]{b[0], b[1], b[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        String s = new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        assertThat(s.lines()).containsExactly(
                String.join(",", ClassificationRow.COLUMNS),
                "H-1,\"Nguyễn Văn A\",c1,d1,near-poor,poor,sanitation;water,,1200000,1500000,rural,\"Nghị định 07/2021/NĐ-CP\",,-300000,1",
                "H-2,,c1,d1,,undetermined,,nutrition,,,rural,\"Nghị định 07/2021/NĐ-CP\",income,,");
    }

    @Test
    void jsonIsAnArrayOfRows() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Table.json(out, ROWS.iterator(), false);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("[").contains("\"deprivations\":[\"sanitation\",\"water\"]",
                "\"reason\":\"income\"");
    }
}
