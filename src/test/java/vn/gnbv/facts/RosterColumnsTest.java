package vn.gnbv.facts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gnbv.input.CellText;
import vn.gnbv.input.Shape;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The column table (gnbv/columns.yaml) reaches every field of households and members, and its names find their columns. */
class RosterColumnsTest {
    private static final RosterColumns COLUMNS = RosterColumns.standard();

    @Test
    void everyHouseholdAndMemberFieldHasAColumn() {
        Set<String> fields = new HashSet<>();
        add(fields, "", HouseholdsSection.SHAPE);
        add(fields, "dwelling.", HouseholdsSection.DWELLING);
        add(fields, "members.", HouseholdsSection.MEMBER);
        add(fields, "members.card.", HouseholdsSection.CARD);
        fields.removeAll(List.of("dwelling", "members", "members.card"));
        Set<String> columns = new HashSet<>();
        COLUMNS.all().forEach(c -> columns.add(c.path()));
        assertThat(columns).isEqualTo(fields);
    }

    private static void add(Set<String> out, String prefix, Shape shape) {
        shape.fieldNames().forEach(f -> out.add(prefix + f));
    }

    @Test
    void everyNameFindsItsColumnWithAndWithoutMarks() {
        for (RosterColumn c : COLUMNS.all()) {
            for (String h : c.headers()) {
                assertThat(COLUMNS.find(h)).as(h).isSameAs(c);
                assertThat(COLUMNS.find(CellText.fold(h))).as(h + " without marks").isSameAs(c);
            }
            assertThat(COLUMNS.find(c.path())).as(c.path()).isSameAs(c);
            assertThat(c.explanation().get("vi")).as(c.path()).isNotBlank();
            assertThat(c.explanation().get("en")).as(c.path()).isNotBlank();
            assertThat(COLUMNS.typeText(c.type(), "vi")).as(c.type()).isNotEqualTo(c.type());
        }
    }

    @ParameterizedTest(name = "''{0}'' is the column {1}")
    @CsvSource(delimiter = '|', value = {
            "Mã hộ|id",
            "  MÃ HỘ  |id",
            "mã   hộ|id",
            "Mã hộ (*)|id",
            "Ma ho|id",
            "id|id",
            "members.id|members.id",
            "birthDate|members.birthDate",
            "card.group|members.card.group",
            "Thẻ BHYT:nhóm|members.card.group",
            "Nhà ở : diện tích (m2)|dwelling.floorArea",
            "dwelling.floorArea|dwelling.floorArea",
            "THU NHẬP BÌNH QUÂN ĐẦU NGƯỜI/THÁNG|incomePerCapita"})
    void headersAreMatchedAsPeopleWriteThem(String header, String path) {
        assertThat(COLUMNS.find(header)).isInstanceOfSatisfying(RosterColumn.class, c -> assertThat(c.path()).isEqualTo(path));
    }

    @Test
    void decomposedVietnameseIsTheSameHeader() {
        String nfd = Normalizer.normalize("Ngày sinh", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Ngày sinh");
        assertThat(COLUMNS.find(nfd)).isInstanceOfSatisfying(RosterColumn.class, c -> assertThat(c.path()).isEqualTo("members.birthDate"));
    }

    @Test
    void knownFormColumnsAreReadPastAndUnknownOnesAreNot() {
        assertThat(COLUMNS.find("STT")).isSameAs(RosterColumns.IGNORED);
        assertThat(COLUMNS.find("Số thẻ BHYT")).isSameAs(RosterColumns.IGNORED);
        assertThat(COLUMNS.find("Dân tộc")).isNull();
    }
}
