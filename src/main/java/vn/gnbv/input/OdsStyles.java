package vn.gnbv.input;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static vn.gnbv.input.OdsReader.NUMBER;
import static vn.gnbv.input.OdsReader.OFFICE;
import static vn.gnbv.input.OdsReader.STYLE;
import static vn.gnbv.input.OdsReader.TABLE;

/**
 * What an OpenDocument spreadsheet's styles say of its cells: the tables hidden (table:display="false"), each
 * cell style's number format, and the formats of zeros only with their width.
 */
final class OdsStyles {
    final Set<String> hiddenTables = new HashSet<>();
    final Map<String, String> dataStyleOf = new HashMap<>();
    final Map<String, Integer> zerosWidth = new HashMap<>();
    private final XMLInputFactory stax;
    private String style, family, numberStyle;
    private int numbers, others, width;

    OdsStyles(XMLInputFactory stax) {
        this.stax = stax;
    }

    /** Reads the styles of styles.xml, or the automatic ones of content.xml up to the body (then returns). */
    void read(InputStream in, boolean untilBody) throws XMLStreamException {
        read(stax.createXMLStreamReader(in), untilBody);
    }

    void read(XMLStreamReader x, boolean untilBody) throws XMLStreamException {
        while (x.hasNext()) {
            int e = x.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                String ns = x.getNamespaceURI(), n = x.getLocalName();
                if (untilBody && OFFICE.equals(ns) && n.equals("body")) return;
                if (STYLE.equals(ns) && n.equals("style")) {
                    style = x.getAttributeValue(STYLE, "name");
                    family = x.getAttributeValue(STYLE, "family");
                    String data = x.getAttributeValue(STYLE, "data-style-name");
                    if (style != null && data != null && "table-cell".equals(family)) dataStyleOf.put(style, data);
                } else if (STYLE.equals(ns) && n.equals("table-properties") && "table".equals(family)
                        && "false".equals(x.getAttributeValue(TABLE, "display")) && style != null) {
                    hiddenTables.add(style);
                } else if (NUMBER.equals(ns) && n.equals("number-style")) {
                    numberStyle = x.getAttributeValue(STYLE, "name");
                    numbers = others = width = 0;
                } else if (NUMBER.equals(ns) && numberStyle != null) {
                    if (n.equals("number")) {
                        numbers++;
                        String digits = x.getAttributeValue(NUMBER, "min-integer-digits");
                        String decimals = x.getAttributeValue(NUMBER, "decimal-places");
                        boolean plain = (decimals == null || decimals.equals("0")) && !"true".equals(x.getAttributeValue(NUMBER, "grouping"));
                        width = plain && digits != null ? Integer.parseInt(digits) : 0;
                    } else {
                        others++;
                    }
                }
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                String n = x.getLocalName();
                if (NUMBER.equals(x.getNamespaceURI()) && n.equals("number-style")) {
                    if (numbers == 1 && others == 0 && width >= 2 && width <= 15) zerosWidth.put(numberStyle, width);
                    numberStyle = null;
                } else if (STYLE.equals(x.getNamespaceURI()) && n.equals("style")) {
                    style = family = null;
                }
            }
        }
    }

    /** The width a cell style pads whole numbers to with zeros, or 0. */
    int zeros(String cellStyle) {
        String data = cellStyle == null ? null : dataStyleOf.get(cellStyle);
        return data == null ? 0 : zerosWidth.getOrDefault(data, 0);
    }
}
