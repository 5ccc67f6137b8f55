package no.turnus.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import no.turnus.problem.InvalidInputException;

/** Small DOM helpers for the benchmark XML formats (JDK only; external entities and DTDs refused). */
public final class Xml {

    private Xml() {
    }

    public static Element parse(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return parse(in, path.toString());
        } catch (IOException e) {
            throw new InvalidInputException("$", "cannot read " + path + ": " + e.getMessage());
        }
    }

    public static Element parse(InputStream in, String source) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            Document document = builder.parse(in);
            return document.getDocumentElement();
        } catch (SAXException e) {
            throw new InvalidInputException("/", "malformed XML in " + source + ": " + e.getMessage());
        } catch (IOException | ParserConfigurationException e) {
            throw new InvalidInputException("/", "cannot parse " + source + ": " + e.getMessage());
        }
    }

    public static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    public static Optional<Element> child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Trimmed text of a child element, empty when absent. */
    public static Optional<String> text(Element parent, String name) {
        return child(parent, name).map(e -> e.getTextContent().trim());
    }

    /** Texts of the {@code item} children of the {@code list} child, e.g. Skills/Skill. */
    public static List<String> texts(Element parent, String list, String item) {
        return child(parent, list).map(l -> children(l, item).stream().map(e -> e.getTextContent().trim()).toList())
                .orElse(List.of());
    }

    /** Attribute value, empty when absent. */
    public static Optional<String> attribute(Element element, String name) {
        return element.hasAttribute(name) ? Optional.of(element.getAttribute(name).trim()) : Optional.empty();
    }

    /** Escapes text for element content. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
