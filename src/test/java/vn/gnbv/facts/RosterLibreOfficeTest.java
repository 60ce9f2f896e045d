package vn.gnbv.facts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rosters as LibreOffice Calc saves them (.ods, made by LibreOffice 7.4 from the workbooks of {@link
 * LibreOfficeSamples}): every kind of cell read as in an .xlsx, a hidden sheet of lists read past, a
 * formula's stored result read, an error value an error at its cell, a damaged or password file named.
 */
class RosterLibreOfficeTest {
    private static Path sample(Path dir, String name) throws Exception {
        Files.writeString(dir.resolve("case.yaml"), """
                asOf: 2024-06-30
                districts: [{id: d1}]
                communes: [{id: "00421", district: d1, urban: false}]
                """);
        return Files.copy(LibreOfficeSamples.DIR.resolve(name), dir.resolve(name));
    }

    @Test
    void everyKindOfCellIsReadAsInAnXlsx(@TempDir Path dir) throws Exception {
        sample(dir, "cells.ods");
        List<Household> hs = Rosters.households(dir);
        assertThat(hs).extracting(Household::id).containsExactly("H-1", "H-2");
        Household h1 = hs.get(0), h2 = hs.get(1);
        assertThat(h1.commune()).as("00421 shown by a format of zeros").isEqualTo("00421");
        assertThat(h1.incomePerCapita()).isEqualTo(1200000L);
        assertThat(h2.incomePerCapita()).as("a formula's stored result").isEqualTo(1500000L);
        Member lam = h1.members().get(0), na = h1.members().get(1);
        assertThat(lam.name()).as("spaces kept as written (text:s)").isEqualTo("Hồ  Văn   Lâm");
        assertThat(lam.birthDate()).isEqualTo(LocalDate.of(1980, 4, 25));
        assertThat(List.of(lam.ethnicMinority(), na.ethnicMinority(), h2.members().get(0).ethnicMinority()))
                .as("TRUE (LibreOffice: 1 shown TRUE), không, x").containsExactly(true, false, true);
        assertThat(List.of(lam.card().group(), lam.card().supportPercent(), lam.card().from(), lam.card().to()))
                .containsExactly("poor", 70L, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        assertThat(Rosters.errors(dir)).as("the hidden list sheet and the totals row are read past").isEmpty();
    }

    @Test
    void anErrorValueIsAnErrorAtItsCell(@TempDir Path dir) throws Exception {
        sample(dir, "errors.ods");
        assertThat(Rosters.raw(dir)).extracting(e -> e.code() + " " + e.location().line() + ":" + e.location().column() + " " + e.args().get("value"))
                .containsExactly("cell.excel-error 2:3 #N/A");
    }

    @Test
    void aFileNamedOdsThatIsNoneOrIsProtectedIsNamedSo(@TempDir Path dir) throws Exception {
        Path ods = sample(dir, "errors.ods");
        Files.writeString(ods, "not a zip");
        assertThat(Rosters.raw(dir)).extracting(e -> e.code()).containsExactly("table.not-an-ods");
        // a password-protected document: its manifest says its parts are encrypted
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(ods))) {
            out.putNextEntry(new java.util.zip.ZipEntry("META-INF/manifest.xml"));
            out.write("<manifest:file-entry><manifest:encryption-data/></manifest:file-entry>".getBytes());
            out.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
            out.write(new byte[]{1, 2, 3});
        }
        assertThat(Rosters.raw(dir)).extracting(e -> e.code()).containsExactly("table.protected");
        // cut short: the content breaks off
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(ods))) {
            out.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
            out.write("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"><office:body>".getBytes());
        }
        assertThat(Rosters.errors(dir)).singleElement().asString().startsWith("errors.ods: error: The spreadsheet file is damaged");
        // a row of data repeated a billion times: damaged, not a run that never ends
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(ods))) {
            out.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
            out.write(("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                    + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
                    + "<office:body><office:spreadsheet><table:table table:name=\"Hộ\">"
                    + "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>Mã hộ</text:p></table:table-cell>"
                    + "<table:table-cell office:value-type=\"string\"><text:p>Mã xã</text:p></table:table-cell></table:table-row>"
                    + "<table:table-row table:number-rows-repeated=\"1000000000\"><table:table-cell office:value-type=\"string\"><text:p>H-1</text:p>"
                    + "</table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(Rosters.raw(dir)).extracting(e -> e.code()).containsExactly("table.damaged");
    }
}
