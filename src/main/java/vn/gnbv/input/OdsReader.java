package vn.gnbv.input;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Streams the sheets of an OpenDocument spreadsheet (.ods: LibreOffice or OpenOffice Calc) row by
 * row, as {@link WorkbookReader} does an .xlsx: the zip's content.xml is pulled with StAX (OpenDocument
 * 1.3, part 3, 9.1 tables), so a sheet is never held, only the row being read. Cells keep what the
 * file stored (office:value-type): a number, a day (office:date-value), a percentage as shown (70
 * for 0.7), TRUE/FALSE, a text as shown; a number under a format of zeros only (number:min-integer-digits,
 * "00421") keeps its leading zeros. Repeated rows and cells (number-rows-repeated, number-columns-repeated)
 * are counted, not made: the million empty rows at a sheet's end cost nothing. A sheet is hidden when
 * its table style says table:display="false".
 */
public final class OdsReader {
    static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    static final String NUMBER = "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    /** LibreOffice's own attributes: calcext:value-type="error" marks a formula's error value. */
    private static final String CALCEXT = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0";
    private static final XMLInputFactory STAX = XmlParts.factory(true, true);
    /** A sheet's size in LibreOffice Calc (7.4: 1,048,576 rows by 16,384 columns). */
    private static final int LAST_ROW = 1_048_576, LAST_COLUMN = 16_384;

    private OdsReader() {}

    public static void read(Path file, String shown, TableHandler handler) throws IOException {
        if (!Files.isReadable(file)) throw new java.nio.file.AccessDeniedException(shown);
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry content = zip.getEntry("content.xml");
            if (content == null) throw new TableException("table.not-an-ods", null);
            if (encrypted(zip)) throw new TableException("table.protected", null);
            OdsStyles styles = new OdsStyles(STAX);
            ZipEntry named = zip.getEntry("styles.xml");
            if (named != null) try (InputStream in = zip.getInputStream(named)) {
                styles.read(in, false);
            }
            try (InputStream in = zip.getInputStream(content)) {
                new Sheets(shown, HandlerFailure.guard(handler), styles).read(in);
            }
        } catch (HandlerFailure e) {
            throw e.original();
        } catch (ZipException e) {
            throw new TableException("table.not-an-ods", null);
        } catch (XMLStreamException | IllegalArgumentException e) {
            throw new TableException("table.damaged", WorkbookReader.message(e));
        }
    }

    /** A password-protected document keeps its parts encrypted, as its manifest says (encryption-data). */
    private static boolean encrypted(ZipFile zip) throws IOException {
        ZipEntry manifest = zip.getEntry("META-INF/manifest.xml");
        if (manifest == null) return false;
        try (InputStream in = zip.getInputStream(manifest)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("encryption-data");
        }
    }

    /** content.xml's tables, row by row, to the handler. */
    private static final class Sheets {
        private final String shown;
        private final TableHandler handler;
        private final OdsStyles styles;
        private boolean reading;
        /** Default cell style of each column of the table being read (table:default-cell-style-name). */
        private final List<String> columnStyles = new ArrayList<>();
        private int row, column;
        private final List<Cell> cells = new ArrayList<>();

        Sheets(String shown, TableHandler handler, OdsStyles styles) {
            this.shown = shown;
            this.handler = handler;
            this.styles = styles;
        }

        void read(InputStream in) throws XMLStreamException {
            XMLStreamReader x = STAX.createXMLStreamReader(in);
            try {
                styles.read(x, true); // the automatic styles come before the body
                int depth = 0; // tables inside a table (subtables) are not read as sheets
                while (x.hasNext()) {
                    int e = x.next();
                    if (e == XMLStreamConstants.START_ELEMENT && TABLE.equals(x.getNamespaceURI())) {
                        switch (x.getLocalName()) {
                            case "table" -> { if (depth++ == 0) table(x); }
                            case "table-column" -> { if (depth == 1) column(x); }
                            case "table-row" -> { if (depth == 1) row(x); }
                            default -> { }
                        }
                    } else if (e == XMLStreamConstants.END_ELEMENT && TABLE.equals(x.getNamespaceURI())
                            && x.getLocalName().equals("table") && --depth == 0) {
                        if (reading) handler.end();
                        reading = false;
                    }
                }
            } finally {
                x.close();
            }
        }

        private void table(XMLStreamReader x) {
            String name = x.getAttributeValue(TABLE, "name");
            String style = x.getAttributeValue(TABLE, "style-name");
            reading = handler.start(name, shown + "!" + name, style != null && styles.hiddenTables.contains(style));
            columnStyles.clear();
            row = 0;
        }

        private void column(XMLStreamReader x) {
            int repeat = repeat(x.getAttributeValue(TABLE, "number-columns-repeated"));
            String style = x.getAttributeValue(TABLE, "default-cell-style-name");
            // only the columns a format of zeros may touch need their style: the rest stay "Default"
            for (int i = 0; i < repeat && columnStyles.size() < 16_384; i++) columnStyles.add(style);
        }

        /** A row, its cells read up to its end; a row repeated is read once and given each number. */
        private void row(XMLStreamReader x) throws XMLStreamException {
            int repeat = repeat(x.getAttributeValue(TABLE, "number-rows-repeated"));
            column = 0;
            cells.clear();
            while (x.hasNext()) {
                int e = x.next();
                if (e == XMLStreamConstants.START_ELEMENT && TABLE.equals(x.getNamespaceURI())) {
                    String n = x.getLocalName();
                    if (n.equals("table-cell") || n.equals("covered-table-cell")) cell(x, n.equals("covered-table-cell"));
                } else if (e == XMLStreamConstants.END_ELEMENT && TABLE.equals(x.getNamespaceURI()) && x.getLocalName().equals("table-row")) {
                    break;
                }
            }
            if (reading && !cells.isEmpty()) {
                // a row repeated past the sheet's last row is no file LibreOffice writes (and would never end)
                if ((long) row + repeat > LAST_ROW) throw new IllegalArgumentException("row " + (row + 1) + " repeated " + repeat + " times");
                for (int i = 1; i <= repeat; i++) handler.row(row + i, cells);
            }
            row = (int) Math.min(LAST_ROW, (long) row + repeat);
        }

        private void cell(XMLStreamReader x, boolean covered) throws XMLStreamException {
            int repeat = repeat(x.getAttributeValue(TABLE, "number-columns-repeated"));
            String type = x.getAttributeValue(OFFICE, "value-type");
            String value = x.getAttributeValue(OFFICE, "value");
            String date = x.getAttributeValue(OFFICE, "date-value");
            String truth = x.getAttributeValue(OFFICE, "boolean-value");
            String formula = x.getAttributeValue(TABLE, "formula");
            String style = x.getAttributeValue(TABLE, "style-name");
            if (style == null && column < columnStyles.size()) style = columnStyles.get(column);
            // an error value: LibreOffice marks it; other writers leave a formula an empty text value and its text "#N/A"
            boolean error = "error".equals(x.getAttributeValue(CALCEXT, "value-type"))
                    || formula != null && "".equals(x.getAttributeValue(OFFICE, "string-value"));
            String text = text(x);
            int first = column + 1;
            column = (int) Math.min(Integer.MAX_VALUE, (long) column + repeat);
            if (covered || !reading) return; // the hidden part of a merged cell holds nothing
            if ((long) first - 1 + repeat > LAST_COLUMN && (type != null || !text.isEmpty())) {
                throw new IllegalArgumentException("column " + first + " repeated " + repeat + " times");
            }
            Cell c = error && !text.isEmpty() && (text.startsWith("#") || text.startsWith("Err:"))
                    ? new Cell(first, Cell.Kind.ERROR, text) : cell(first, type, value, date, truth, style, text);
            if (c == null) return;
            for (int i = 0; i < repeat; i++) cells.add(i == 0 ? c : new Cell(first + i, c.kind(), c.text()));
        }

        private Cell cell(int at, String type, String value, String date, String truth, String style, String text) {
            if (type == null) return text.isEmpty() ? null : new Cell(at, Cell.Kind.TEXT, CellText.visible(text));
            return switch (type) {
                case "float", "currency" -> {
                    if (value == null) yield null;
                    String plain = WorkbookReader.numberText(Double.parseDouble(value));
                    int zeros = styles.zeros(style);
                    yield new Cell(at, Cell.Kind.NUMBER, zeros > 0 && plain.chars().allMatch(Character::isDigit) && plain.length() < zeros
                            ? "0".repeat(zeros - plain.length()) + plain : plain);
                }
                case "percentage" -> value == null ? null : new Cell(at, Cell.Kind.NUMBER, WorkbookReader.percentText(Double.parseDouble(value)));
                case "date" -> date == null ? null : new Cell(at, Cell.Kind.DATE, date.length() > 10 ? date.substring(0, 10) : date);
                case "boolean" -> truth == null ? null : new Cell(at, Cell.Kind.TEXT, truth.equals("true") ? "TRUE" : "FALSE");
                default -> text.isEmpty() ? null : new Cell(at, Cell.Kind.TEXT, CellText.visible(text)); // string, time
            };
        }

        /** A cell's text as shown: its paragraphs on lines, text:s as its spaces, a tab as a tab. */
        private static String text(XMLStreamReader x) throws XMLStreamException {
            StringBuilder b = new StringBuilder();
            int depth = 1, paragraphs = 0;
            while (depth > 0 && x.hasNext()) {
                int e = x.next();
                if (e == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (OFFICE.equals(x.getNamespaceURI()) && x.getLocalName().equals("annotation")) {
                        skip(x); // a comment on the cell, not its text
                        depth--;
                    } else if (TEXT.equals(x.getNamespaceURI())) {
                        switch (x.getLocalName()) {
                            case "p" -> { if (paragraphs++ > 0) b.append('\n'); }
                            case "s" -> b.append(" ".repeat(repeat(x.getAttributeValue(TEXT, "c"))));
                            case "tab" -> b.append('\t');
                            case "line-break" -> b.append('\n');
                            default -> { }
                        }
                    }
                } else if (e == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (e == XMLStreamConstants.CHARACTERS && depth >= 2) {
                    b.append(x.getText());
                }
            }
            return b.toString();
        }

        /** Past the end of the element just begun. */
        private static void skip(XMLStreamReader x) throws XMLStreamException {
            for (int depth = 1; depth > 0 && x.hasNext(); ) {
                int e = x.next();
                if (e == XMLStreamConstants.START_ELEMENT) depth++;
                else if (e == XMLStreamConstants.END_ELEMENT) depth--;
            }
        }

        private static int repeat(String n) {
            if (n == null) return 1;
            int r = Integer.parseInt(n);
            if (r < 1) throw new IllegalArgumentException("repeated " + n);
            return r;
        }
    }
}
