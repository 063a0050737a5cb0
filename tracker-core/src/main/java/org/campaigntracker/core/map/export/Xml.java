package org.campaigntracker.core.map.export;

import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin wrapper over StAX: the JDK's writer escapes text and attributes correctly but neither indents nor lets a
 * lambda throw its checked exception, and exports are read by people as well as tools.
 */
final class Xml {

    private final XMLStreamWriter out;
    private int depth;

    Xml(Writer writer) {
        try {
            this.out = XMLOutputFactory.newFactory().createXMLStreamWriter(writer);
            out.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens an element with attributes given as name, value pairs; null values are left out. */
    Xml open(String name, Object... attributes) {
        return run(() -> {
            newline();
            out.writeStartElement(name);
            attributes(attributes);
            depth++;
        });
    }

    /** An element without children. */
    Xml empty(String name, Object... attributes) {
        return run(() -> {
            newline();
            out.writeEmptyElement(name);
            attributes(attributes);
        });
    }

    /** An element holding only text. */
    Xml text(String name, String text, Object... attributes) {
        return run(() -> {
            newline();
            out.writeStartElement(name);
            attributes(attributes);
            out.writeCharacters(text);
            out.writeEndElement();
        });
    }

    Xml close() {
        return run(() -> {
            depth--;
            newline();
            out.writeEndElement();
        });
    }

    void end() {
        run(() -> {
            out.writeCharacters("\n");
            out.writeEndDocument();
            out.flush();
        });
    }

    private void attributes(Object... pairs) throws XMLStreamException {
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                out.writeAttribute((String) pairs[i], String.valueOf(pairs[i + 1]));
            }
        }
    }

    private void newline() throws XMLStreamException {
        out.writeCharacters("\n" + "  ".repeat(depth));
    }

    private interface Step {
        void run() throws XMLStreamException;
    }

    private Xml run(Step step) {
        try {
            step.run();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the export: " + e.getMessage(), e);
        }
    }
}
