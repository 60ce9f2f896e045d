package vn.gnbv.input;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * What a workbook says of its stored numbers: each cell style's number format (ECMA-376 Part 1,
 * 18.8.10 cellXfs and 18.8.31 numFmts in styles.xml; codes below 164 are built in, POI's {@link
 * BuiltinFormats}), and whether days count from 1904 (18.2.28 workbookPr in workbook.xml). Pulled
 * with StAX, as the sheets are: POI's StylesTable loads its XMLBeans schema types for this, about
 * a tenth of a second before the first row.
 */
final class CellStyles {
    private final int[] formats;
    private final Map<Integer, String> codes;
    private final boolean date1904;

    private CellStyles(int[] formats, Map<Integer, String> codes, boolean date1904) {
        this.formats = formats;
        this.codes = codes;
        this.date1904 = date1904;
    }

    /** By style index, its number format's id; codes: the workbook's own formats by id. */
    static CellStyles of(int[] formats, Map<Integer, String> codes, boolean date1904) {
        return new CellStyles(formats, codes, date1904);
    }

    static CellStyles read(OPCPackage pkg, XSSFReader reader, XMLInputFactory stax) throws IOException, XMLStreamException, InvalidFormatException {
        boolean date1904;
        try (InputStream in = reader.getWorkbookData()) {
            date1904 = date1904(in, stax);
        }
        int[] formats = new int[0];
        Map<Integer, String> codes = new HashMap<>();
        var parts = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType());
        if (!parts.isEmpty()) { // else every stored number is a plain number
            try (InputStream in = parts.get(0).getInputStream()) {
                formats = styles(in, stax, codes);
            }
        }
        return new CellStyles(formats, codes, date1904);
    }

    boolean date1904() {
        return date1904;
    }

    /** Whether the workbook has a style of that index. */
    boolean has(int style) {
        return style >= 0 && style < formats.length;
    }

    /** The number format's id of a style (0, "General", when the style names none). */
    int formatId(int style) {
        return formats[style];
    }

    /** The number format's code of a style ("dd/mm/yyyy", "0%"), or null for an id the workbook does not define. */
    String formatCode(int style) {
        int id = formats[style];
        String custom = codes.get(id);
        return custom != null ? custom : BuiltinFormats.getBuiltinFormat(id);
    }

    private static boolean date1904(InputStream in, XMLInputFactory stax) throws XMLStreamException {
        XMLStreamReader x = stax.createXMLStreamReader(in);
        try {
            while (x.hasNext()) {
                if (x.next() != XMLStreamConstants.START_ELEMENT) continue;
                if (x.getLocalName().equals("workbookPr")) return truth(x.getAttributeValue(null, "date1904"));
                if (x.getLocalName().equals("sheets")) return false; // workbookPr comes before the sheets
            }
            return false;
        } finally {
            x.close();
        }
    }

    /** The cellXfs' number format ids, in order; the workbook's own format codes into codes. */
    private static int[] styles(InputStream in, XMLInputFactory stax, Map<Integer, String> codes) throws XMLStreamException {
        XMLStreamReader x = stax.createXMLStreamReader(in);
        int[] formats = new int[16];
        int n = 0;
        boolean inCellXfs = false;
        try {
            while (x.hasNext()) {
                switch (x.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        switch (x.getLocalName()) {
                            case "numFmt" -> {
                                Integer id = whole(x.getAttributeValue(null, "numFmtId"));
                                String code = x.getAttributeValue(null, "formatCode");
                                if (id != null && code != null) codes.put(id, code);
                            }
                            case "cellXfs" -> inCellXfs = true;
                            case "xf" -> {
                                if (!inCellXfs) continue;
                                Integer id = whole(x.getAttributeValue(null, "numFmtId"));
                                if (n == formats.length) formats = Arrays.copyOf(formats, n * 2);
                                formats[n++] = id == null ? 0 : id;
                            }
                            default -> { }
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (x.getLocalName().equals("cellXfs")) inCellXfs = false;
                    }
                    default -> { }
                }
            }
        } finally {
            x.close();
        }
        return Arrays.copyOf(formats, n);
    }

    private static Integer whole(String s) {
        if (s == null) return null;
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An XML boolean (XML Schema 3.3.2): "1" or "true". */
    private static boolean truth(String s) {
        return s != null && (s.strip().equals("1") || s.strip().equals("true"));
    }
}
