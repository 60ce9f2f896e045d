package vn.gnbv.output;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.gnbv.input.WorkFailure;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A workbook written row by row (POI's SXSSF keeps a window of rows in memory, the rest in a
 * compressed temporary file), so a province's findings are never all in memory. Every sheet is a
 * table: a bold header row that stays in view, an autofilter over the rows, column widths set by
 * the writer (measuring cells would need every row). Cells are typed: whole numbers and money are
 * numbers shown with grouping ({@code #,##0}: 1.500.000 in a Vietnamese Excel), decimals with the
 * digits they have, dates are dates (dd/mm/yyyy in Vietnamese), true/false are booleans. The
 * document's creation date is the case date, not the clock.
 */
final class XlsxBook {
    /** Rows kept in memory per sheet before they go to disk. */
    private static final int WINDOW = 200;
    /** Excel's limit on the characters of a cell. */
    private static final int MAX_CELL = 32_767;
    /** Excel's limit on the rows of a sheet (1,048,576), the header row included. */
    static final int MAX_ROWS = org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getMaxRows();

    /** A column: its header, its width in characters, and whether long text wraps. */
    record Column(String header, int width, boolean wrap) {
        static Column of(String header, int width) {
            return new Column(header, width, false);
        }

        static Column wrapped(String header, int width) {
            return new Column(header, width, true);
        }
    }

    private final SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
    private final CellStyle header, text, wrapped, whole, date;
    private final Map<Integer, CellStyle> decimals = new HashMap<>();
    private final int rowsPerSheet;
    /** The page footer: "Trang 3 / 12" (&P and &N: the codes of Excel's headers and footers for the page and the pages). */
    private final String footer;

    XlsxBook(Messages m, LocalDate created) {
        this(m, created, MAX_ROWS);
    }

    /** rowsPerSheet: the rows of a sheet, its header included, before the table goes on in the next (tests: a few). */
    XlsxBook(Messages m, LocalDate created, int rowsPerSheet) {
        this.rowsPerSheet = rowsPerSheet;
        this.footer = m.text("xlsx.page") + " &P / &N";
        wb.setCompressTempFiles(true);
        var props = wb.getXSSFWorkbook().getProperties().getCoreProperties();
        Date d = Date.from(created.atStartOfDay(ZoneOffset.UTC).toInstant());
        props.setCreated(Optional.of(d));
        props.setModified(Optional.of(d));
        props.setCreator("gnbv");
        Font bold = wb.createFont();
        bold.setBold(true);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        text = wb.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        wrapped = wb.createCellStyle();
        wrapped.cloneStyleFrom(text);
        wrapped.setWrapText(true);
        whole = numberStyle("#,##0");
        date = numberStyle(m.lang().equals("vi") ? "dd/mm/yyyy" : "yyyy-mm-dd");
    }

    private CellStyle numberStyle(String format) {
        CellStyle s = wb.createCellStyle();
        s.setDataFormat(wb.createDataFormat().getFormat(format));
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    /**
     * A new sheet with its header row; names are made safe for Excel (31 characters, no []:*?/\).
     * A table longer than a sheet goes on in sheets of its own beside it, "name (2)", "name (3)", ...,
     * each with the header.
     */
    Sheet sheet(String name, List<Column> columns) {
        return new Sheet(name, columns);
    }

    private SXSSFSheet newSheet(String name, List<Column> columns) {
        SXSSFSheet sh;
        try {
            sh = wb.createSheet(name);
        } catch (RuntimeException e) {
            throw temporaryFile(e);
        }
        Row r = createRow(sh, 0);
        int lines = 1;
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            sh.setColumnWidth(i, Math.min(255, c.width()) * 256);
            Cell cell = r.createCell(i);
            cell.setCellValue(c.header());
            cell.setCellStyle(header);
            lines = Math.max(lines, lines(c.header(), c.width(), BOLD));
        }
        fit(r, lines);
        sh.createFreezePane(0, 1);
        printed(sh);
        return sh;
    }

    /**
     * Printed as a table is printed for a file: A4 landscape, every column within a page's width
     * (as many pages down as it takes), the header row on every page, the sheet's name at the top
     * and the page number at the foot.
     */
    private void printed(SXSSFSheet sh) {
        PrintSetup ps = sh.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        sh.setFitToPage(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sh.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        sh.getHeader().setCenter("&A"); // the sheet's name
        sh.getFooter().setCenter(footer);
    }

    /**
     * Writes the workbook and removes its temporary files. A failure of the report's own stream
     * comes as its own failure; any other is one of the library's temporary files.
     */
    void write(OutputStream out) throws IOException {
        try {
            wb.write(out);
        } catch (IOException e) {
            throw WorkFailure.temporaryFile(e);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    /** Removes the temporary files of a workbook that will not be written. */
    void discard() throws IOException {
        wb.dispose();
        wb.close();
    }

    /**
     * One table, filled a row at a time, on as many sheets as its rows need; {@link #finish()} puts
     * the autofilter over what was written.
     */
    final class Sheet {
        private final String name;
        private final List<Column> columns;
        private SXSSFSheet sh;
        private int next = 1, part = 1;
        private long rows;

        private Sheet(String name, List<Column> columns) {
            this.name = name;
            this.columns = columns;
            this.sh = newSheet(WorkbookUtil.createSafeSheetName(name), columns);
        }

        /** A row of values, one per column: null leaves the cell empty. */
        Sheet row(Object... values) {
            if (next == rowsPerSheet) goOn();
            Row r = createRow(sh, next++);
            int lines = 1;
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) continue;
                Column c = columns.get(i);
                cell(r.createCell(i), values[i], c.wrap());
                if (c.wrap() && values[i] instanceof String text) lines = Math.max(lines, lines(text, c.width(), PLAIN));
            }
            fit(r, lines);
            rows++;
            return this;
        }

        /** The rows written, on every sheet of the table. */
        long rows() {
            return rows;
        }

        void finish() {
            sh.setAutoFilter(new CellRangeAddress(0, Math.max(0, next - 1), 0, columns.size() - 1));
        }

        /** The sheet is full: the table goes on in the next, placed right after it. */
        private void goOn() {
            finish();
            int at = wb.getSheetIndex(sh);
            String suffix = " (" + ++part + ")";
            String base = WorkbookUtil.createSafeSheetName(name);
            sh = newSheet(base.substring(0, Math.min(base.length(), 31 - suffix.length())).strip() + suffix, columns);
            wb.setSheetOrder(sh.getSheetName(), at + 1);
            next = 1;
        }
    }

    /** A new row; the library writes the rows that left its window to a temporary file. */
    private static Row createRow(SXSSFSheet sh, int index) {
        try {
            return sh.createRow(index);
        } catch (RuntimeException e) {
            throw temporaryFile(e);
        }
    }

    /**
     * The library's temporary files (a sheet's rows, in the temporary folder) fail as an
     * unchecked exception around an IOException (a full folder): that is gnbv's temporary-file
     * failure; any other is rethrown as it is.
     */
    private static RuntimeException temporaryFile(RuntimeException e) {
        return e.getCause() instanceof IOException io ? WorkFailure.temporaryFile(io) : e;
    }

    private void cell(Cell c, Object v, boolean wrap) {
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof BigInteger) {
            c.setCellValue(((Number) v).doubleValue());
            c.setCellStyle(whole);
        } else if (v instanceof BigDecimal d) {
            c.setCellValue(d.doubleValue());
            c.setCellStyle(decimal(Math.max(0, d.stripTrailingZeros().scale())));
        } else if (v instanceof Double d) {
            c.setCellValue(d);
            c.setCellStyle(decimal(BigDecimal.valueOf(d).stripTrailingZeros().scale()));
        } else if (v instanceof LocalDate d) {
            c.setCellValue(d);
            c.setCellStyle(date);
        } else if (v instanceof Boolean b) {
            c.setCellValue(b);
            c.setCellStyle(text);
        } else {
            String s = v.toString();
            c.setCellValue(s.length() > MAX_CELL ? s.substring(0, MAX_CELL - 1) + "…" : s);
            c.setCellStyle(wrap ? wrapped : text);
        }
    }

    /**
     * Characters a line of a column holds, per character of its width (the width of a '0'): about
     * one, since most letters are narrower than a '0' but words wrap whole; bold headers less.
     * Estimates on the safe side: a printed table must show every line, a blank line costs little.
     */
    private static final double PLAIN = 1.0, BOLD = 0.9;
    /** The height of a line of text (the default row's, 15 points), and Excel's largest row (409). */
    private static final float LINE = 15f, MAX_HEIGHT = 409f;

    /** The lines a wrapped text takes in a column of a width (in characters), its own line breaks counted. */
    static int lines(String text, int width, double perWidth) {
        int per = Math.max(1, (int) (width * perWidth));
        int n = 0, start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                n += Math.max(1, (i - start + per - 1) / per);
                start = i + 1;
            }
        }
        return n;
    }

    /**
     * A row tall enough for its wrapped lines: neither Excel nor LibreOffice makes it so when they open
     * a workbook (LibreOffice printed a finding's legal basis over the next row's).
     */
    private static void fit(Row r, int lines) {
        if (lines > 1) r.setHeightInPoints(Math.min(MAX_HEIGHT, lines * LINE));
    }

    /** A grouped number format with exactly the decimals a value has (4.5 → "4,5", never "4,50"). */
    private CellStyle decimal(int scale) {
        int digits = Math.max(0, Math.min(scale, 6));
        return decimals.computeIfAbsent(digits, k -> numberStyle(k == 0 ? "#,##0" : "#,##0." + "0".repeat(k)));
    }
}
