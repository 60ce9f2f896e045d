package vn.gnbv.output;

import vn.gnbv.findings.Finding;
import vn.gnbv.findings.RuleMeta;
import vn.gnbv.summary.CheckSummary;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Findings as JUnit XML for CI dashboards: a test case per rule and subject, failed for errors and
 * warnings; a passing case per error/warning rule that found nothing. Counts come from the summary,
 * so the findings stream straight through.
 */
final class JUnitWriter implements ReportWriter {
    @Override
    public void write(CheckReport r, OutputStream out) throws IOException {
        Messages m = r.messages();
        CheckSummary s = r.summary();
        Set<String> withFindings = new TreeSet<>();
        s.byRule().forEach(l -> withFindings.add(l.rule()));
        List<RuleMeta> quiet = r.rules().values().stream()
                .filter(x -> !x.severity().equals("info") && !withFindings.contains(x.id())).toList();
        long failures = s.bySeverity().getOrDefault("error", 0L) + s.bySeverity().getOrDefault("warning", 0L);
        try {
            XMLStreamWriter x = XMLOutputFactory.newDefaultFactory() /* the JDK's writer, whatever StAX library is on the class path */.createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuite");
            x.writeAttribute("name", "gnbv check");
            x.writeAttribute("tests", String.valueOf(s.findings() + quiet.size()));
            x.writeAttribute("failures", String.valueOf(failures));
            for (Iterator<Finding> it = r.findings(); it.hasNext(); ) {
                Finding f = it.next();
                x.writeCharacters("\n  ");
                x.writeStartElement("testcase");
                x.writeAttribute("classname", f.rule());
                x.writeAttribute("name", f.subject());
                if (f.source() != null) {
                    x.writeAttribute("file", f.source().file());
                    x.writeAttribute("line", String.valueOf(f.source().line()));
                }
                String text = m.message(f) + "\n" + f.legalBasis() + (f.amount() == null ? "" : "\n" + m.money(f.amount()));
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
            for (RuleMeta q : quiet) {
                x.writeCharacters("\n  ");
                x.writeEmptyElement("testcase");
                x.writeAttribute("classname", q.id());
                x.writeAttribute("name", m.text("junit.no-findings"));
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeEndDocument();
            x.writeCharacters("\n");
            x.flush();
            x.close();
            out.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
