package vn.gnbv.facts;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV rosters as Excel and other programs save them; a cell is located as list.csv:line:field. */
class RosterCsvTest {
    /** The same roster saved one way; the second member's birth date is wrong, to see where it is located. */
    record Saved(String name, String text, String error) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Saved> savings() {
        String error = "ho.csv:3:4: error: Column 'Ngày sinh': '31/02/1990' is not a date; expected a date cell or dd/mm/yyyy";
        return Stream.of(
                new Saved("commas, UTF-8 without BOM", "Mã hộ,Mã xã,Mã thành viên,Ngày sinh\nH-1,c1,P-1,02/03/1988\nH-1,c1,P-2,31/02/1990\n", error),
                new Saved("CSV UTF-8 as Excel saves it, with a BOM", "\uFEFFMã hộ,Mã xã,Mã thành viên,Ngày sinh\r\nH-1,c1,P-1,02/03/1988\r\nH-1,c1,P-2,31/02/1990\r\n", error),
                new Saved("semicolons, as Excel saves CSV under Vietnamese settings",
                        "Mã hộ;Mã xã;Mã thành viên;Ngày sinh\nH-1;c1;P-1;02/03/1988\nH-1;c1;P-2;31/02/1990\n", error),
                new Saved("tabs", "Mã hộ\tMã xã\tMã thành viên\tNgày sinh\nH-1\tc1\tP-1\t02/03/1988\nH-1\tc1\tP-2\t31/02/1990\n", error),
                new Saved("Excel's sep= line first, the lines counted as they stand",
                        "sep=;\nMã hộ;Mã xã;Mã thành viên;Ngày sinh\nH-1;c1;P-1;02/03/1988\nH-1;c1;P-2;31/02/1990\n",
                        error.replace("ho.csv:3:4", "ho.csv:4:4")),
                new Saved("a quoted cell over two lines shifts the lines after it",
                        "Mã hộ,Họ tên chủ hộ,Mã xã,Mã thành viên,Ngày sinh\nH-1,\"Hồ Văn A\n(ông)\",c1,P-1,02/03/1988\nH-1,,c1,P-2,31/02/1990\n",
                        "ho.csv:4:5: error: Column 'Ngày sinh': '31/02/1990' is not a date; expected a date cell or dd/mm/yyyy"),
                new Saved("blank lines are read past", "Mã hộ,Mã xã,Mã thành viên,Ngày sinh\n\nH-1,c1,P-1,02/03/1988\n,,,\nH-1,c1,P-2,31/02/1990\n",
                        error.replace("ho.csv:3:4", "ho.csv:5:4")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("savings")
    void readAndLocated(Saved s, @TempDir Path dir) throws Exception {
        Files.writeString(Rosters.places(dir).resolve("ho.csv"), s.text(), StandardCharsets.UTF_8);
        assertThat(Rosters.errors(dir)).containsExactly(s.error());
        Files.writeString(dir.resolve("ho.csv"), s.text().replace("31/02/1990", "28/02/1990"), StandardCharsets.UTF_8);
        assertThat(Rosters.households(dir)).singleElement().satisfies(h -> {
            assertThat(h.members()).extracting(Member::id).containsExactly("P-1", "P-2");
            assertThat(h.members().get(1).birthDate()).hasToString("1990-02-28");
        });
    }

    @Test
    void aCsvNotInUtf8IsRefusedAtItsFirstForeignByte(@TempDir Path dir) throws Exception {
        Files.write(Rosters.places(dir).resolve("ho.csv"),
                "Mã hộ,Mã xã\nH-1,c1\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(Rosters.errors(dir)).singleElement().asString().startsWith("ho.csv:1:2: error: Byte 0xE3 is not valid UTF-8");
    }
}
