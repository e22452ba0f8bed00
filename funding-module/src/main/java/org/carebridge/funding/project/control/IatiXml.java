package org.carebridge.funding.project.control;

import org.carebridge.funding.project.control.IatiActivity.ActivityDate;
import org.carebridge.funding.project.control.IatiActivity.Indicator;
import org.carebridge.funding.project.control.IatiActivity.Narrative;
import org.carebridge.funding.project.control.IatiActivity.ParticipatingOrg;
import org.carebridge.funding.project.control.IatiActivity.Period;
import org.carebridge.funding.project.control.IatiActivity.Result;
import org.carebridge.funding.project.control.IatiActivity.Value;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Writes {@link IatiActivities} as IATI activity XML (2.03 element order), indented, UTF-8, with the
 * JDK's StAX writer: it escapes text and attribute values; characters XML cannot carry at all (control
 * characters) are dropped here. Figures are plain decimals without trailing zeros, days ISO dates.
 */
public final class IatiXml {

    /** The JDK's own factory, whatever StAX implementation the server puts on the class path. */
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final XMLStreamWriter xml;
    /** Per open element: whether it has child elements yet (then its end tag goes on a line of its own). */
    private final Deque<boolean[]> open = new ArrayDeque<>();

    private IatiXml(XMLStreamWriter xml) {
        this.xml = xml;
    }

    public static byte[] bytes(IatiActivities activities) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(activities, out);
        return out.toByteArray();
    }

    public static void write(IatiActivities activities, OutputStream out) {
        try {
            XMLStreamWriter w = FACTORY.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            new IatiXml(w).activities(activities);
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
            w.close();
            out.flush();
        } catch (XMLStreamException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new IllegalStateException("IATI XML could not be written", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void activities(IatiActivities a) throws XMLStreamException {
        start("iati-activities");
        attr("version", a.version());
        attr("generated-datetime", a.generatedDatetime().truncatedTo(ChronoUnit.SECONDS).toString());
        for (IatiActivity activity : a.activities()) {
            activity(activity);
        }
        end();
    }

    private void activity(IatiActivity a) throws XMLStreamException {
        start("iati-activity");
        attr("default-currency", a.defaultCurrency());
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", a.lang());
        start("iati-identifier");
        text(a.identifier());
        end();
        start("reporting-org");
        attr("ref", a.reportingOrg().ref());
        attr("type", a.reportingOrg().type());
        narratives(a.reportingOrg().name());
        end();
        start("title");
        narratives(List.of(new Narrative(a.title(), null)));
        end();
        for (ParticipatingOrg o : a.participatingOrgs()) {
            start("participating-org");
            attr("ref", o.ref());
            attr("role", o.role());
            attr("type", o.type());
            narratives(o.name());
            end();
        }
        empty("activity-status");
        attr("code", a.activityStatus());
        for (ActivityDate d : a.activityDates()) {
            empty("activity-date");
            attr("type", d.type());
            attr("iso-date", d.isoDate().toString());
        }
        for (Result r : a.results()) {
            result(r);
        }
        end();
    }

    private void result(Result r) throws XMLStreamException {
        start("result");
        attr("type", r.type());
        attr("aggregation-status", r.aggregationStatus() ? "1" : "0");
        start("title");
        narratives(r.title());
        end();
        for (Indicator i : r.indicators()) {
            start("indicator");
            attr("measure", i.measure());
            attr("ascending", i.ascending() ? "1" : "0");
            start("title");
            narratives(List.of(new Narrative(i.title(), null)));
            end();
            empty("baseline");
            attr("year", String.valueOf(i.baseline().year()));
            attr("iso-date", i.baseline().isoDate().toString());
            attr("value", figure(i.baseline().value()));
            for (Period p : i.periods()) {
                start("period");
                empty("period-start");
                attr("iso-date", p.periodStart().toString());
                empty("period-end");
                attr("iso-date", p.periodEnd().toString());
                value("target", p.target());
                value("actual", p.actual());
                end();
            }
            end();
        }
        end();
    }

    private void value(String name, Value v) throws XMLStreamException {
        if (v == null) {
            return;
        }
        boolean comment = v.comment() != null && !v.comment().isEmpty();
        if (comment) {
            start(name);
        } else {
            empty(name);
        }
        attr("value", figure(v.value()));
        if (comment) {
            start("comment");
            narratives(v.comment());
            end();
            end();
        }
    }

    private void narratives(List<Narrative> narratives) throws XMLStreamException {
        for (Narrative n : narratives) {
            start("narrative");
            if (n.lang() != null) {
                xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", n.lang());
            }
            text(n.text());
            end();
        }
    }

    // ---- indentation over the plain writer --------------------------------------------------------

    private void start(String name) throws XMLStreamException {
        indent();
        xml.writeStartElement(name);
        open.push(new boolean[1]);
    }

    private void empty(String name) throws XMLStreamException {
        indent();
        xml.writeEmptyElement(name);
    }

    private void indent() throws XMLStreamException {
        if (!open.isEmpty()) {
            open.peek()[0] = true;
        }
        xml.writeCharacters("\n" + "  ".repeat(open.size()));
    }

    private void end() throws XMLStreamException {
        boolean children = open.pop()[0];
        if (children) {
            xml.writeCharacters("\n" + "  ".repeat(open.size()));
        }
        xml.writeEndElement();
    }

    private void attr(String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, clean(value));
    }

    private void text(String value) throws XMLStreamException {
        xml.writeCharacters(clean(value));
    }

    static String figure(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }

    /** Drops what XML 1.0 cannot carry (control characters other than tab and line breaks, lone surrogates). */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            boolean ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                    || c >= 0x10000;
            if (ok) {
                b.appendCodePoint(c);
            }
        }
        return b.toString();
    }
}
