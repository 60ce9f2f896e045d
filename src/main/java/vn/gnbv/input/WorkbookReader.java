package vn.gnbv.input;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the sheets of an .xlsx workbook row by row with POI's event API (XSSFReader and
 * XSSFSheetXMLHandler over SAX): a sheet is never held, only the row being read. Shared strings
 * are held read-only (they are text the sheets point to). Cells keep what the workbook stored: a
 * number is a number, a cell formatted as a date is a day (POI's own date-format detection, 1900
 * or 1904 date system as the workbook says), whatever its display; a percentage is the number
 * shown (70 for "70%").
 */
public final class WorkbookReader {
    private WorkbookReader() {}

    public static void read(Path file, String shown, TableHandler handler) throws IOException {
        if (!java.nio.file.Files.isReadable(file)) throw new java.nio.file.AccessDeniedException(shown);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            boolean date1904 = date1904(reader);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    String name = sheets.getSheetName();
                    if (!handler.start(name, shown + "!" + name)) continue;
                    Rows rows = new Rows(handler, date1904);
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, rows, rows.values, false));
                    xml.parse(new InputSource(in));
                    handler.end();
                }
            }
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new TableException("table.old-or-protected", null);
        } catch (org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException | OpenXML4JException e) {
            throw new TableException("table.not-a-workbook", message(e));
        } catch (SAXException | POIXMLException | org.apache.poi.openxml4j.exceptions.InvalidOperationException e) {
            throw new TableException("table.damaged", message(e));
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e); // the JDK's XML parser is missing
        }
    }

    private static String message(Exception e) {
        String m = e.getMessage();
        return m == null ? "" : m.lines().findFirst().orElse("");
    }

    /** Whether the workbook counts days from 1904 (old Mac workbooks) rather than 1900. */
    private static boolean date1904(XSSFReader reader) throws IOException {
        try (InputStream in = reader.getWorkbookData()) {
            var pr = WorkbookDocument.Factory.parse(in).getWorkbook().getWorkbookPr();
            return pr != null && pr.getDate1904();
        } catch (org.apache.xmlbeans.XmlException | OpenXML4JException e) {
            throw new TableException("table.damaged", message(e));
        }
    }

    /**
     * The plain number text of a stored number: a whole number without ".0" (an identifier typed
     * as a number, 1001, stays "1001"), else the shortest decimal that reads back the same.
     */
    public static String numberText(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** Cells of one sheet gathered into rows for the handler. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final TableHandler handler;
        private final TypedValues values;
        private final List<Cell> cells = new ArrayList<>();
        private int row, lastColumn;

        Rows(TableHandler handler, boolean date1904) {
            this.handler = handler;
            this.values = new TypedValues(date1904);
        }

        @Override
        public void startRow(int rowNum) {
            row = rowNum + 1;
            lastColumn = 0;
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (!cells.isEmpty()) handler.row(row, List.copyOf(cells));
        }

        @Override
        public void cell(String ref, String formatted, XSSFComment comment) {
            int column = ref == null ? lastColumn + 1 : column(ref);
            lastColumn = column;
            Cell.Kind kind = values.take();
            if (formatted == null || kind == null && formatted.isEmpty()) return;
            if (kind == null) kind = formatted.startsWith("ERROR:") ? Cell.Kind.ERROR : Cell.Kind.TEXT;
            cells.add(new Cell(column, kind, kind == Cell.Kind.ERROR ? formatted.substring(6) : formatted));
        }

        /** "AB12" → 28. */
        private static int column(String ref) {
            int c = 0;
            for (int i = 0; i < ref.length(); i++) {
                char ch = ref.charAt(i);
                if (ch < 'A' || ch > 'Z') break;
                c = c * 26 + (ch - 'A' + 1);
            }
            return c;
        }
    }

    /**
     * XSSFSheetXMLHandler hands a number to its formatter just before it reports the cell: this
     * formatter keeps the number's kind (a date by POI's date-format detection, else a number) for
     * that cell, and gives the value in plain notation instead of as displayed.
     */
    private static final class TypedValues extends DataFormatter {
        private final boolean date1904;
        private Cell.Kind kind;

        TypedValues(boolean date1904) {
            this.date1904 = date1904;
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                kind = Cell.Kind.DATE;
                return DateUtil.getLocalDateTime(value, date1904, true).toLocalDate().toString();
            }
            kind = Cell.Kind.NUMBER;
            // a percentage shows 100 × what is stored: "70%" is typed and read as 70
            if (formatString != null && formatString.indexOf('%') >= 0) {
                return BigDecimal.valueOf(value).movePointRight(2).stripTrailingZeros().toPlainString();
            }
            return numberText(value);
        }

        /** The kind of the number formatted for the cell being reported, once; null for a cell that is not a number. */
        Cell.Kind take() {
            Cell.Kind k = kind;
            kind = null;
            return k;
        }
    }
}
