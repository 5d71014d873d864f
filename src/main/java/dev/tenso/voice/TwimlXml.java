package dev.tenso.voice;

import com.twilio.twiml.TwiML;
import com.twilio.twiml.VoiceResponse;
import java.io.StringWriter;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;

/**
 * A {@link VoiceResponse} written as {@link TwiML#toXml()} writes it, the same elements built by
 * the SDK's own {@code buildXmlElement}, with the XML machinery kept per thread: the SDK's
 * {@code toXml} looks up a DOM builder factory and a transformer factory and makes a new parser
 * configuration and transformer on every call, which was half of a routing answer's time. A test
 * holds this to the SDK's output.
 */
final class TwimlXml extends TwiML {
  private static final DocumentBuilderFactory DOCUMENTS = DocumentBuilderFactory.newInstance();
  private static final TransformerFactory TRANSFORMERS = transformers();
  private static final ThreadLocal<DocumentBuilder> BUILDER =
      ThreadLocal.withInitial(TwimlXml::newBuilder);
  private static final ThreadLocal<Transformer> WRITER =
      ThreadLocal.withInitial(TwimlXml::newWriter);

  /** The response's tag, children and options, as a TwiML whose element this class may build. */
  private TwimlXml(VoiceResponse response) {
    super(response.getTagName(), new Copy(response));
  }

  /** The XML of {@code response}, character for character what its {@code toXml()} returns. */
  static String of(VoiceResponse response) {
    Document doc = BUILDER.get().newDocument();
    doc.setXmlStandalone(true);
    doc.appendChild(new TwimlXml(response).buildXmlElement(doc));
    StringWriter out = new StringWriter();
    try {
      WRITER.get().transform(new DOMSource(doc), new StreamResult(out));
    } catch (TransformerException e) {
      throw new IllegalStateException("TwiML could not be written", e);
    }
    return out.toString().trim();
  }

  private static final class Copy extends TwiML.Builder<Copy> {
    Copy(TwiML of) {
      children = of.getChildren();
      options = of.getOptions();
    }
  }

  private static TransformerFactory transformers() {
    TransformerFactory f = TransformerFactory.newInstance();
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
    return f;
  }

  private static DocumentBuilder newBuilder() {
    try {
      synchronized (DOCUMENTS) { // a factory is not safe for threads; its builders each one
        return DOCUMENTS.newDocumentBuilder();
      }
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Transformer newWriter() {
    try {
      synchronized (TRANSFORMERS) {
        Transformer t = TRANSFORMERS.newTransformer();
        t.setOutputProperty(OutputKeys.INDENT, "no");
        return t;
      }
    } catch (TransformerConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }
}
