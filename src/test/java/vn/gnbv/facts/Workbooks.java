package vn.gnbv.facts;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Small workbooks for tests, written with POI (a file named .xls in the old format): each row a list of cells, a String a text cell, a
 * Number a number cell, a LocalDate a date cell (dd/mm/yyyy), a Boolean a TRUE/FALSE cell, a
 * {@link Formula} a formula with no result, null a blank; a sheet per name given. A row whose first
 * cell is {@link At} is written at that row number, far down a sheet without the rows between.
 */
final class Workbooks {
    private Workbooks() {}

    /** A row's cells, blanks as null. */
    static List<Object> row(Object... cells) {
        return java.util.Arrays.asList(cells);
    }

    /** One sheet. */
    static Path write(Path file, String sheet, List<List<Object>> rows) throws IOException {
        return write(file, new Object[]{sheet, rows});
    }

    /** Sheets as name, rows, name, rows, … */
    @SuppressWarnings("unchecked")
    static Path write(Path file, Object... sheets) throws IOException {
        boolean old = file.getFileName().toString().endsWith(".xls");
        try (Workbook wb = old ? new HSSFWorkbook() : new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            if (file.getFileName().toString().endsWith(".xlsm")) ((XSSFWorkbook) wb).setWorkbookType(org.apache.poi.xssf.usermodel.XSSFWorkbookType.XLSM);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
            for (int s = 0; s < sheets.length; s += 2) {
                Sheet sh = wb.createSheet((String) sheets[s]);
                List<List<Object>> rows = (List<List<Object>>) sheets[s + 1];
                for (int r = 0, at = 0; r < rows.size(); r++, at++) {
                    List<Object> cells = rows.get(r);
                    if (!cells.isEmpty() && cells.get(0) instanceof At far) {
                        at = far.row() - 1;
                        cells = cells.subList(1, cells.size());
                    }
                    Row row = sh.createRow(at);
                    for (int c = 0; c < cells.size(); c++) {
                        Object v = cells.get(c);
                        if (v == null) continue;
                        var cell = row.createCell(c);
                        if (v instanceof Formula f) {
                            cell.setCellFormula(f.text()); // not computed: the file holds no result
                        } else if (v instanceof Formatted f) {
                            cell.setCellValue(f.number().doubleValue());
                            CellStyle own = wb.createCellStyle();
                            own.setDataFormat(wb.createDataFormat().getFormat(f.format()));
                            cell.setCellStyle(own);
                        } else if (v instanceof Percent p) {
                            cell.setCellValue(p.share());
                            cell.setCellStyle(percent);
                        } else if (v instanceof Number n) {
                            cell.setCellValue(n.doubleValue());
                        } else if (v instanceof LocalDate d) {
                            cell.setCellValue(d);
                            cell.setCellStyle(date);
                        } else if (v instanceof Boolean b) {
                            cell.setCellValue(b);
                        } else {
                            cell.setCellValue(v.toString());
                        }
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }

    /** First in a row's cells: the row goes at this row number (1-based), the rows after it follow it. */
    record At(int row) {}

    /** A number cell shown in a number format of its own ("0000": 7 shows 0007). */
    record Formatted(Number number, String format) {}

    /** A number cell shown as a percentage (0.7 shows "70%"). */
    record Percent(double share) {}

    /** A formula cell written without its result, as programs that do not compute formulas write them. */
    record Formula(String text) {}
}
