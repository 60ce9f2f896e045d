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
            // an alternative ("Dân tộc") is found by its headers; the field's own name finds its first column
            assertThat(COLUMNS.find(c.path())).as(c.path()).isInstanceOfSatisfying(RosterColumn.class,
                    found -> assertThat(found).isSameAs(c.alternative() ? primaryOf(c) : c));
            assertThat(c.explanation().get("vi")).as(c.path()).isNotBlank();
            assertThat(c.explanation().get("en")).as(c.path()).isNotBlank();
            assertThat(COLUMNS.typeText(c.type(), "vi")).as(c.type()).isNotEqualTo(c.type());
        }
    }

    private static RosterColumn primaryOf(RosterColumn c) {
        return COLUMNS.primary().stream().filter(p -> p.path().equals(c.path())).findFirst().orElseThrow();
    }

    @Test
    void eachFieldHasOneFirstColumnAndEveryAlternativeFollowsIt() {
        Set<String> paths = new HashSet<>();
        for (RosterColumn c : COLUMNS.primary()) assertThat(paths.add(c.path())).as(c.path()).isTrue();
        for (RosterColumn c : COLUMNS.all()) if (c.alternative()) assertThat(paths).contains(c.path());
    }

    /**
     * The 54 groups of the Danh mục các dân tộc Việt Nam (Quyết định 1019/QĐ-TCTK, 12/11/2008, in its
     * order): the Kinh are the majority, the 53 others minorities (Nghị định 05/2011/NĐ-CP, Điều 4, khoản 2, 3).
     */
    @Test
    void everyEthnicGroupOfTheOfficialListIsKnownAndOnlyTheKinhAreTheMajority() {
        RosterColumn group = (RosterColumn) COLUMNS.find("Dân tộc");
        assertThat(group.key()).isEqualTo("ethnicMinority");
        assertThat(COLUMNS.word(group, "Kinh")).isEqualTo("false");
        List<String> minorities = List.of("Tày", "Thái", "Mường", "Khơ Me", "Hoa", "Nùng", "Mông", "Dao", "Gia Rai", "Ê Đê",
                "Ba Na", "Sán Chay", "Chăm", "Cơ Ho", "Xơ Đăng", "Sán Dìu", "Hrê", "Ra Glai", "Mnông", "Thổ", "Xtiêng", "Khơ Mú",
                "Bru Vân Kiều", "Cơ Tu", "Giáy", "Tà Ôi", "Mạ", "Giẻ Triêng", "Co", "Chơ Ro", "Xinh Mun", "Hà Nhì", "Chu Ru",
                "Lào", "Kháng", "La Chí", "Phù Lá", "La Hủ", "La Ha", "Pà Thẻn", "Lự", "Ngái", "Chứt", "Lô Lô", "Mảng", "Cơ Lao",
                "Bố Y", "Cống", "Si La", "Pu Péo", "Rơ Măm", "Brâu", "Ơ Đu");
        assertThat(minorities).hasSize(53).doesNotHaveDuplicates();
        for (String name : minorities) {
            assertThat(COLUMNS.word(group, name)).as(name).isEqualTo("true");
            assertThat(COLUMNS.word(group, name.replace(' ', '-'))).as(name + " with a hyphen").isEqualTo("true");
            assertThat(COLUMNS.word(group, CellText.fold(name).toUpperCase())).as(name + " without marks").isEqualTo("true");
        }
        assertThat(COLUMNS.word(group, "Kihn")).isNull();
        assertThat(COLUMNS.word(group, "x")).isNull(); // yes/no belongs in "Dân tộc thiểu số"
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
        assertThat(COLUMNS.find("Số nhân khẩu")).isSameAs(RosterColumns.IGNORED);
        assertThat(COLUMNS.find("NGUYÊN NHÂN NGHÈO")).isSameAs(RosterColumns.IGNORED);
        assertThat(COLUMNS.find("Dân tộc nào")).isNull();
    }
}
