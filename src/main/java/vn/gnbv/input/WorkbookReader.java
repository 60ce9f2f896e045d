package vn.gnbv.input;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.SAXException;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams the sheets of an .xlsx workbook row by row: POI's OPCPackage and XSSFReader open the
 * parts, {@link CellStyles} and POI's DateUtil tell a date from a number, {@link SharedTexts} reads
 * the shared texts, and {@link SheetRows} pulls each row's cells from the sheet's XML on a thread of
 * its own ({@link RowsAhead}). A sheet is never held, only the row being read (and the workbook's
 * distinct texts, which its cells point to).
 * Cells keep what the workbook stored: a number is a number, a cell formatted as a date is a day
 * (1900 or 1904 date system as the workbook says), a percentage the number shown (70 for "70%").
 */
public final class WorkbookReader {
    /**
     * Sheets and shared texts are pulled with Aalto's StAX parser, without namespace processing, DTDs
     * or external entities: it reads UTF-8 bytes without decoding them to characters first, and parsed
     * a 100,000-household sheet (304 MB) in 1.3–1.5 s where Woodstox took 1.7–2.6 s.
     */
    private static final XMLInputFactory STAX = XmlParts.factory(false, false);

    private WorkbookReader() {}

    public static void read(Path file, String shown, TableHandler receiver) throws IOException {
        if (!Files.isReadable(file)) throw new java.nio.file.AccessDeniedException(shown);
        TableHandler handler = HandlerFailure.guard(receiver);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            SheetParts parts = new SheetParts(pkg, reader);
            java.util.Set<String> hidden = hiddenSheets(reader);
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    String name = sheets.getSheetName();
                    if (!handler.start(name, shown + "!" + name, hidden.contains(name))) continue;
                    RowsAhead.run(rows -> {
                        // a StAX2 reader, with its typed access to attributes (SheetRows)
                        var xml = (org.codehaus.stax2.XMLStreamReader2) STAX.createXMLStreamReader(in);
                        try {
                            new SheetRows(rows).read(xml);
                        } finally {
                            xml.close();
                        }
                    }, parts::maker, handler);
                    handler.end();
                }
            }
        } catch (HandlerFailure e) {
            throw e.original();
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new TableException("table.old-or-protected", null);
        } catch (org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException | OpenXML4JException e) {
            throw new TableException("table.not-a-workbook", message(e));
        } catch (SAXException | XMLStreamException | POIXMLException | org.apache.poi.openxml4j.exceptions.InvalidOperationException
                 | IllegalArgumentException e) {
            throw new TableException("table.damaged", message(e));
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What every sheet's cells refer to (the shared texts, the styles, the date system), read once,
     * on the rows' thread while the first sheet is parsed.
     */
    private static final class SheetParts {
        private final OPCPackage pkg;
        private final XSSFReader reader;
        private String[] texts;
        private CellStyles styles;

        SheetParts(OPCPackage pkg, XSSFReader reader) {
            this.pkg = pkg;
            this.reader = reader;
        }

        RowsAhead.Maker maker() throws IOException, XMLStreamException, OpenXML4JException {
            if (texts == null) {
                styles = CellStyles.read(pkg, reader, STAX);
                texts = strings(pkg);
            }
            NumberFormats numbers = new NumberFormats(styles);
            String[] t = texts;
            return c -> c.make(t, numbers);
        }
    }

    /** The names of the sheets the workbook part marks hidden or very hidden (sheet state="…"). */
    private static java.util.Set<String> hiddenSheets(XSSFReader reader)
            throws IOException, XMLStreamException, OpenXML4JException {
        java.util.Set<String> out = new java.util.HashSet<>();
        try (InputStream in = reader.getWorkbookData()) {
            XMLStreamReader x = STAX.createXMLStreamReader(in);
            try {
                while (x.hasNext()) {
                    if (x.next() != XMLStreamConstants.START_ELEMENT || !x.getLocalName().equals("sheet")) continue;
                    String name = x.getAttributeValue(null, "name"), state = x.getAttributeValue(null, "state");
                    if (name != null && ("hidden".equals(state) || "veryHidden".equals(state))) out.add(name);
                }
            } finally {
                x.close();
            }
        }
        return out;
    }

    static String message(Exception e) {
        String m = e.getMessage();
        return m == null ? "" : m.lines().findFirst().orElse("");
    }

    /** The workbook's shared texts, each once, by index (none when the workbook has no such part). */
    private static String[] strings(OPCPackage pkg) throws IOException, XMLStreamException, OpenXML4JException {
        var parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) return new String[0];
        try (InputStream in = parts.get(0).getInputStream()) {
            return SharedTexts.read(in, STAX);
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

    /** "4.5E-2" → "0.045": a percentage's stored share times 100, as shown. */
    static String percentText(double share) {
        return BigDecimal.valueOf(share).movePointRight(2).stripTrailingZeros().toPlainString();
    }
}
