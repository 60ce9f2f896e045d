package vn.gnbv.input;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared texts of a workbook (sharedStrings.xml: an si per text, its t runs joined, phonetic
 * rPh runs left out, Excel's _xHHHH_ escapes decoded), as plain strings by index; a blank text as
 * null (a cell holding it is no cell). POI's read-only
 * table holds the same texts but hands each out as a rich-text object, which measured about a
 * second per 400,000 texts.
 */
final class SharedTexts {
    private SharedTexts() {}

    static String[] read(InputStream in, XMLInputFactory factory) throws XMLStreamException {
        List<String> out = new ArrayList<>();
        XMLStreamReader x = factory.createXMLStreamReader(in);
        try {
            StringBuilder text = new StringBuilder();
            boolean inText = false, inPhonetic = false;
            while (x.hasNext()) {
                switch (x.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        switch (x.getLocalName()) {
                            case "si" -> text.setLength(0);
                            case "rPh" -> inPhonetic = true;
                            case "t" -> inText = !inPhonetic;
                            default -> { }
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (inText) text.append(x.getTextCharacters(), x.getTextStart(), x.getTextLength());
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        switch (x.getLocalName()) {
                            case "si" -> {
                                String t = CellText.visible(SheetRows.unescape(text.toString()));
                                out.add(t.isBlank() ? null : t);
                            }
                            case "rPh" -> inPhonetic = false;
                            case "t" -> inText = false;
                            default -> { }
                        }
                    }
                    default -> { }
                }
            }
        } finally {
            x.close();
        }
        return out.toArray(String[]::new);
    }
}
