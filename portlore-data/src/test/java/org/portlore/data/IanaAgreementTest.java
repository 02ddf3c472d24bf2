package org.portlore.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.HashSet;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.portlore.Assignment;
import org.portlore.PortDatabase;
import org.portlore.PortInfo;
import org.portlore.PortRegistry;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks the bundled registry against an independent parse of IANA's XML (DOM, written separately from the StAX
 * importer): every named (port, transport, service, description) is found, and nothing is invented.
 */
class IanaAgreementTest {
  private static final String NS = "http://www.iana.org/assignments";
  private static Set<String> expected;

  @BeforeAll
  static void parseIndependently() throws Exception {
    assumeTrue(SharedFiles.haveIana(), "IANA's XML is not beside the project: " + SharedFiles.ianaXml());
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    NodeList records = f.newDocumentBuilder().parse(SharedFiles.ianaXml().toFile()).getElementsByTagNameNS(NS, "record");
    expected = new HashSet<>();
    for (int i = 0; i < records.getLength(); i++) {
      Element r = (Element) records.item(i);
      String name = child(r, "name");
      String protocol = child(r, "protocol");
      String number = child(r, "number");
      if (name == null || name.isEmpty() || protocol == null || number == null) {
        continue;
      }
      String description = description(r);
      String[] ends = number.split("-");
      int first = Integer.parseInt(ends[0]);
      int last = Integer.parseInt(ends[ends.length - 1]);
      for (int p = first; p <= last; p++) {
        expected.add(p + "|" + protocol + "|" + name + "|" + description);
      }
    }
  }

  private static String child(Element r, String tag) {
    NodeList l = r.getElementsByTagNameNS(NS, tag);
    for (int i = 0; i < l.getLength(); i++) {
      if (l.item(i).getParentNode() == r) {
        return l.item(i).getTextContent().strip();
      }
    }
    return null;
  }

  private static String description(Element r) {
    Element d = (Element) r.getElementsByTagNameNS(NS, "description").item(0);
    StringBuilder b = new StringBuilder();
    for (Node n = d.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.ELEMENT_NODE && "br".equals(n.getLocalName())) {
        b.append('\n');
      } else if (n.getNodeType() == Node.ELEMENT_NODE && "xref".equals(n.getLocalName())) {
        String type = ((Element) n).getAttribute("type");
        String data = ((Element) n).getAttribute("data");
        b.append('[').append("rfc".equals(type) ? data.toUpperCase(java.util.Locale.ROOT) : data).append(']');
      } else {
        b.append(n.getTextContent().replaceAll("\\s+", " "));
      }
    }
    StringBuilder out = new StringBuilder();
    for (String line : b.toString().split("\n", -1)) {
      out.append(out.length() == 0 ? "" : "\n").append(line.strip().replaceAll(" +", " "));
    }
    return out.toString().strip();
  }

  @Test
  void theXmlHasTheNamedTriplesIanaCounts() {
    assertThat(expected.stream().map(s -> s.substring(0, s.lastIndexOf('|'))).distinct().count()).isEqualTo(11_853);
  }

  @Test
  void aLookupOfEveryPortAgreesWithTheXmlTripleForTriple() {
    PortDatabase db = PortRegistry.bundled();
    Set<String> actual = new HashSet<>();
    for (int port = 0; port <= 65535; port++) {
      PortInfo info = db.lookup(port);
      for (Assignment a : info.assignments()) {
        if (a.service().isPresent() && a.transport().isPresent()) {
          actual.add(port + "|" + a.transport().get().token() + "|" + a.service().get() + "|" + a.description());
        }
      }
    }
    Set<String> missing = new HashSet<>(expected);
    missing.removeAll(actual);
    Set<String> invented = new HashSet<>(actual);
    invented.removeAll(expected);
    assertThat(missing).as("IANA triples missing from portlore").isEmpty();
    assertThat(invented).as("triples portlore has that IANA's XML does not").isEmpty();
    assertThat(actual).hasSize(expected.size());
  }
}
