package vn.gnbv.facts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static vn.gnbv.facts.Workbooks.row;

/**
 * Writes the workbooks behind the LibreOffice samples of src/test/resources/rosters/libreoffice: each
 * .xlsx here, opened and saved by LibreOffice Calc 7.4 as .ods (and .xls), is what the tests read, so
 * the OpenDocument reader is tested on files as LibreOffice writes them, not as gnbv would. To make
 * them again (LibreOffice needed once, not in CI):
 * {@code java -cp target/test-classes:target/classes:target/lib/* vn.gnbv.facts.LibreOfficeSamples}, then
 * {@code soffice --headless --convert-to ods --outdir src/test/resources/rosters/libreoffice src/test/resources/rosters/libreoffice/*.xlsx};
 * the example's roster likewise, to .ods and to .xls ({@code --convert-to xls}) from
 * fixtures/cases/thon-excel-2024/danh-sach-ho.xlsx.
 */
public final class LibreOfficeSamples {
    private LibreOfficeSamples() {}

    static final Path DIR = Path.of("src/test/resources/rosters/libreoffice");

    public static void main(String[] args) throws Exception {
        Files.createDirectories(DIR);
        List<Object> lists = row("Nam");
        // cells of every kind a commune's sheet holds; a list of words on a hidden sheet
        Workbooks.write(DIR.resolve("cells.xlsx"), "Thôn 1", List.of(
                row("DANH SÁCH HỘ"),
                row("Mã hộ", "Mã xã", "Thu nhập bình quân đầu người/tháng", "Mã thành viên", "Họ tên", "Ngày sinh",
                        "Dân tộc thiểu số", "Thẻ BHYT: nhóm", "Thẻ BHYT: mức hỗ trợ (%)", "Thẻ BHYT: từ ngày", "Thẻ BHYT: đến ngày"),
                row("H-1", new Workbooks.Formatted(421, "00000"), 1200000, "P-1", "Hồ  Văn   Lâm", LocalDate.of(1980, 4, 25),
                        Boolean.TRUE, "Người thuộc hộ nghèo", new Workbooks.Percent(0.7), LocalDate.of(2024, 1, 1), "31/12/2024"),
                row(null, null, null, "P-2", "Hồ Thị Na", LocalDate.of(1983, 9, 30), "không"),
                row("H-2", new Workbooks.Formatted(421, "00000"), new Workbooks.Formula("1000*1500"), "P-3", "A", null, "x"),
                row("Tổng cộng", null, new Workbooks.Formula("C3+C5"))),
                "Danh mục", List.of(lists, row("Nữ"), row("Hộ nghèo")));
        Path cells = DIR.resolve("cells.xlsx");
        var out = new java.io.ByteArrayOutputStream();
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(Files.newInputStream(cells))) {
            wb.setSheetHidden(1, true);
            wb.write(out);
        }
        Files.write(cells, out.toByteArray());
        // an Excel error in a cell: an error at that cell
        Workbooks.write(DIR.resolve("errors.xlsx"), "Hộ", List.of(
                row("Mã hộ", "Mã xã", "Thu nhập bình quân đầu người/tháng"),
                row("H-1", "00421", new Workbooks.Formula("NA()"))));
    }

}
