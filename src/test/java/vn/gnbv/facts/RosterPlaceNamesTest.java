package vn.gnbv.facts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A household's commune by its name, as survey exports write it ("Xã Trà Mai" under "Xã", its
 * district under "Huyện"): found among the case's communes, the district telling two of one name
 * apart; a name beside the code must be the case's; neither is an error, never a household dropped.
 */
class RosterPlaceNamesTest {
    /** Two communes named Tam Thành, in two districts; one Trà Mai. */
    private static final String PLACES = """
            asOf: 2024-06-30
            districts: [{id: d1, name: Nam Trà My}, {id: d2, name: Phú Ninh}, {id: d3, name: Thị xã Điện Bàn}]
            communes:
              - {id: c1, name: Trà Mai, district: d1, urban: false}
              - {id: c2, name: Tam Thành, district: d2, urban: false}
              - {id: c3, name: Tam Thành, district: d3, urban: false}
            """;

    private static Path roster(Path dir, String csv) throws Exception {
        Files.writeString(dir.resolve("case.yaml"), PLACES);
        Files.writeString(dir.resolve("ho.csv"), csv);
        return dir;
    }

    @Test
    void aCommuneNamedAsTheExportWritesItIsTheCasesCommune(@TempDir Path dir) throws Exception {
        roster(dir, """
                Tỉnh,Huyện,Xã,Mã hộ,Mã thành viên
                Quảng Nam,Huyện Nam Trà My,Xã Trà Mai,H1,P1
                Quảng Nam,nam trà my,trà  mai,H2,P2
                Quảng Nam,Phú Ninh,Xã Tam Thành,H3,P3
                Quảng Nam,Điện Bàn,Tam Thành,H4,P4
                Quảng Nam,,Trà Mai,H5,P5
                Quảng Nam,Thị xã Điện Bàn,Tam Thành,H6,P6
                """);
        assertThat(Rosters.households(dir)).extracting(h -> h.id() + "@" + h.commune())
                .containsExactly("H1@c1", "H2@c1", "H3@c2", "H4@c3", "H5@c1", "H6@c3");
    }

    /** From 01/07/2025 a case's communes may have no district: an export's old "Huyện" column does not stop them being found. */
    @Test
    void aCommuneWithoutADistrictIsFoundWhateverTheExportsDistrict(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("case.yaml"), """
                asOf: 2025-09-30
                communes:
                  - {id: c1, name: Trà Mai, urban: false}
                """);
        Files.writeString(dir.resolve("ho.csv"), """
                Huyện,Xã,Mã hộ,Mã thành viên
                Huyện Nam Trà My,Xã Trà Mai,H1,P1
                ,Trà Mai,H2,P2
                """);
        assertThat(Rosters.households(dir)).extracting(h -> h.id() + "@" + h.commune()).containsExactly("H1@c1", "H2@c1");
    }

    @Test
    void aNameThatDesignatesNoCommuneOrSeveralIsAnErrorAtItsCell(@TempDir Path dir) throws Exception {
        roster(dir, """
                Huyện,Xã,Mã hộ,Mã thành viên
                Nam Trà My,Trà Mại,H1,P1
                Phú Ninh,Trà Mai,H2,P2
                ,Tam Thành,H3,P3
                ,,H4,P4
                """);
        assertThat(Rosters.errors(dir)).containsExactly(
                "ho.csv:2:2: error: No commune named 'Trà Mại' in the case (did you mean 'Trà Mai'?)",
                "ho.csv:3:2: error: No commune 'Trà Mai' in district 'Phú Ninh' in the case",
                "ho.csv:4:2: error: Several communes are named 'Tam Thành' in the case: c2 (Phú Ninh), c3 (Thị xã Điện Bàn);"
                        + " give the district too (districtName, column 'Huyện') or the commune's code",
                "ho.csv:5:3: error: Household 'H4' gives no commune: its code (commune, column 'Mã xã') or its name as the case"
                        + " has it (communeName, column 'Xã') is needed");
    }

    @Test
    void namesBesideTheCodeMustBeTheCasesNamesOfThatCommune(@TempDir Path dir) throws Exception {
        roster(dir, """
                Huyện,Xã,Mã xã,Mã hộ,Mã thành viên
                Nam Trà My,Xã Trà Mai,c1,H1,P1
                Nam Trà My,Trà Dơn,c1,H2,P2
                Phú Ninh,Trà Mai,c1,H3,P3
                Phú Ninh,,c2,H4,P4
                ,,c3,H5,P5
                """);
        assertThat(Rosters.errors(dir)).containsExactly(
                "ho.csv:3:2: error: The commune's name 'Trà Dơn' is not the case's name of commune 'c1': 'Trà Mai'",
                "ho.csv:4:1: error: The district's name 'Phú Ninh' is not the case's name of the district of commune 'c1': 'Nam Trà My'");
    }

    @Test
    void aRosterWithNeitherTheCodeNorTheNameOfTheCommuneSaysWhichColumnsWouldDo(@TempDir Path dir) throws Exception {
        roster(dir, "Huyện,Mã hộ,Mã thành viên\nPhú Ninh,H1,P1\n");
        assertThat(Rosters.errors(dir)).containsExactly(
                "ho.csv:1:0: error: Missing column 'Mã xã' or column 'Xã': one of them is needed to know each household's commune");
    }

    /** Facts v1 takes the names too: a YAML household may give communeName (and districtName) instead of commune. */
    @Test
    void factsMayNameTheCommuneToo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("case.yaml"), PLACES + """
                households:
                  - {id: H1, communeName: Xã Tam Thành, districtName: Phú Ninh}
                  - {id: H2, commune: c1, communeName: Trà Mai}
                """);
        List<Household> hs = Rosters.households(dir);
        assertThat(hs).extracting(h -> h.id() + "@" + h.commune()).containsExactly("H1@c2", "H2@c1");
    }
}
