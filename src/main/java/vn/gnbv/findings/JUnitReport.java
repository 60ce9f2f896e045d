package vn.gnbv.findings;

import vn.gnbv.engine.RuleMeta;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Findings as JUnit XML for CI dashboards: a test case per rule and subject, failed for errors and
 * warnings; a passing case per error/warning rule that found nothing.
 */
public final class JUnitReport {
    private JUnitReport() {}

    public static void write(Writer out, List<Finding> findings, Map<String, RuleMeta> rules, Messages m)
            throws XMLStreamException {
        Set<String> withFindings = new TreeSet<>();
        findings.forEach(f -> withFindings.add(f.rule()));
        List<RuleMeta> quiet = rules.values().stream()
                .filter(r -> !r.severity().equals("info") && !withFindings.contains(r.id())).toList();
        long failures = findings.stream().filter(f -> !f.severity().equals("info")).count();
        XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
        x.writeStartDocument("UTF-8", "1.0");
        x.writeCharacters("\n");
        x.writeStartElement("testsuite");
        x.writeAttribute("name", "gnbv check");
        x.writeAttribute("tests", String.valueOf(findings.size() + quiet.size()));
        x.writeAttribute("failures", String.valueOf(failures));
        for (Finding f : findings) {
            x.writeCharacters("\n  ");
            x.writeStartElement("testcase");
            x.writeAttribute("classname", f.rule());
            x.writeAttribute("name", f.subject());
            if (f.source() != null) {
                x.writeAttribute("file", f.source().file());
                x.writeAttribute("line", String.valueOf(f.source().line()));
            }
            String text = m.message(f) + "\n" + f.legalBasis()
                    + (f.amount() == null ? "" : "\namount: " + f.amount() + " VND");
            if (f.severity().equals("info")) {
                x.writeStartElement("system-out");
                x.writeCharacters(text);
                x.writeEndElement();
            } else {
                x.writeStartElement("failure");
                x.writeAttribute("type", f.severity());
                x.writeAttribute("message", f.rule() + " " + f.subject());
                x.writeCharacters(text);
                x.writeEndElement();
            }
            x.writeEndElement();
        }
        for (RuleMeta r : quiet) {
            x.writeCharacters("\n  ");
            x.writeEmptyElement("testcase");
            x.writeAttribute("classname", r.id());
            x.writeAttribute("name", "no findings");
        }
        x.writeCharacters("\n");
        x.writeEndElement();
        x.writeEndDocument();
        x.writeCharacters("\n");
        x.flush();
    }
}
