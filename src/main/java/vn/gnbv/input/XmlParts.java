package vn.gnbv.input;

import com.fasterxml.aalto.stax.InputFactoryImpl;

import javax.xml.stream.XMLInputFactory;

/**
 * The StAX parser that pulls a workbook's XML parts (Aalto: it reads UTF-8 bytes without decoding
 * them to characters first), safe for files from anywhere: no DTDs, no external entities.
 */
final class XmlParts {
    private XmlParts() {}

    /**
     * namespaces: whether names are read with their namespaces (OpenDocument's, whose prefixes are
     * the writer's choice), or as written (SpreadsheetML's, faster).
     */
    static XMLInputFactory factory(boolean namespaces, boolean coalescing) {
        XMLInputFactory f = new InputFactoryImpl();
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, namespaces);
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, coalescing);
        return f;
    }
}
