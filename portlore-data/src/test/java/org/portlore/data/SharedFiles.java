package org.portlore.data;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the data tests find their inputs; the build passes them as system properties. */
final class SharedFiles {
  private SharedFiles() {}

  static Path property(String name) {
    String v = System.getProperty(name);
    if (v == null) {
      throw new IllegalStateException("system property " + name + " is not set (run the tests through Maven)");
    }
    return Path.of(v).normalize();
  }

  static Path ianaXml() {
    return property("portlore.iana.xml");
  }

  static Path ianaCsv() {
    return property("portlore.iana.csv");
  }

  static Path loreDir() {
    return property("portlore.lore.dir");
  }

  static Path datasetFile() {
    return property("portlore.dataset.file");
  }

  static Path compactFile() {
    return property("portlore.compact.file");
  }

  static boolean haveIana() {
    return Files.isRegularFile(ianaXml());
  }
}
