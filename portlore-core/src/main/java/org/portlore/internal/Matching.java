package org.portlore.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How portlore compares the names protocol detectors write with the names in its data: case, punctuation and
 * white space are ignored, and a few common spellings are folded together (documented in the README under
 * "Verdicts"). Thread-safe (stateless).
 */
public final class Matching {
  /** Detector spellings that name the same service, folded to one key. */
  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("www", "http"),
          Map.entry("wwwhttp", "http"),
          Map.entry("httpalt", "http"),
          Map.entry("httpproxy", "http"),
          Map.entry("web", "http"),
          Map.entry("sslhttp", "https"),
          Map.entry("httpsalt", "https"),
          Map.entry("httpssl", "https"),
          Map.entry("tlshttp", "https"),
          Map.entry("msterminalserver", "rdp"),
          Map.entry("mswbtserver", "rdp"),
          Map.entry("remotedesktop", "rdp"),
          Map.entry("microsoftds", "smb"),
          Map.entry("cifs", "smb"),
          Map.entry("netbiosssn", "smb"),
          Map.entry("domain", "dns"),
          Map.entry("nameserver", "dns"),
          Map.entry("openssh", "ssh"),
          Map.entry("postgresql", "postgres"),
          Map.entry("postgresdb", "postgres"),
          Map.entry("mysqld", "mysql"),
          Map.entry("mssql", "mssqlserver"),
          Map.entry("mssqls", "mssqlserver"),
          Map.entry("msdsql", "mssqlserver"),
          Map.entry("vnc", "rfb"),
          Map.entry("submissions", "smtps"),
          Map.entry("urd", "smtps"),
          Map.entry("imap4", "imap"),
          Map.entry("imap3", "imap"),
          Map.entry("pop", "pop3"),
          Map.entry("oracletns", "oracle"),
          Map.entry("oracledatabase", "oracle"),
          Map.entry("ncubelm", "ncubelm"),
          Map.entry("syslogd", "syslog"),
          Map.entry("snmptrap", "snmptrap"),
          Map.entry("ntpd", "ntp"));

  /** Words that say nothing about which service it is. */
  private static final List<String> NOISE = List.of("server", "service", "daemon", "protocol", "listener");

  private Matching() {}

  /**
   * The comparison key of a name: lower case, letters and digits only, common spellings folded.
   *
   * @param name a name as written
   * @return its key, possibly empty
   */
  public static String key(String name) {
    if (name == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(name.length());
    String lower = name.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        b.append(c);
      }
    }
    String k = b.toString();
    return ALIASES.getOrDefault(k, k);
  }

  /**
   * Tells whether an observed name matches a known name: equal keys, or one key holds the other as a whole word
   * of at least three characters (so {@code "Apache Tomcat"} matches {@code "Tomcat"}).
   *
   * @param observed the name the detector wrote
   * @param known a name from portlore's data
   * @return true if they name the same thing
   */
  public static boolean matches(String observed, String known) {
    String o = key(observed);
    String k = key(known);
    if (o.isEmpty() || k.isEmpty()) {
      return false;
    }
    if (o.equals(k)) {
      return true;
    }
    for (String word : words(known)) {
      if (word.length() >= 3 && !NOISE.contains(word) && key(word).equals(o)) {
        return true;
      }
    }
    for (String word : words(observed)) {
      if (word.length() >= 3 && !NOISE.contains(word) && key(word).equals(k)) {
        return true;
      }
    }
    return false;
  }

  private static String[] words(String s) {
    return s.toLowerCase(Locale.ROOT).split("[^a-z0-9]+");
  }
}
