package org.portlore.examples;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * One firewall log record, parsed from a line of space-separated {@code key=value} pairs as netfilter and many
 * firewalls write them:
 *
 * <pre>
 * src=203.0.113.7 dst=192.0.2.10 proto=tcp spt=51514 dpt=22 action=drop app=ssh
 * </pre>
 *
 * <table>
 *   <caption>Keys</caption>
 *   <tr><th>key</th><th>meaning</th><th>required</th></tr>
 *   <tr><td>{@code src}, {@code dst}</td><td>source and destination address</td><td>yes</td></tr>
 *   <tr><td>{@code proto}</td><td>{@code tcp}, {@code udp}, {@code sctp}, {@code dccp}, or a protocol without ports
 *       such as {@code icmp}</td><td>yes</td></tr>
 *   <tr><td>{@code spt}, {@code dpt}</td><td>source and destination port, 0–65535</td><td>{@code dpt} for
 *       protocols with ports</td></tr>
 *   <tr><td>{@code action}</td><td>what the firewall did, such as {@code allow} or {@code drop}</td><td>yes</td></tr>
 *   <tr><td>{@code app}</td><td>the application a next-generation firewall identified</td><td>no</td></tr>
 * </table>
 *
 * <p>Keys are case-insensitive; other keys are allowed and kept only in the original line. Immutable.
 *
 * @param line the line as received
 * @param srcIp the source address
 * @param dstIp the destination address
 * @param proto the protocol, lower case
 * @param srcPort the source port, if given
 * @param dstPort the destination port, if given
 * @param action what the firewall did, lower case
 * @param app the identified application, if given
 */
public record FirewallRecord(
    String line,
    String srcIp,
    String dstIp,
    String proto,
    OptionalInt srcPort,
    OptionalInt dstPort,
    String action,
    Optional<String> app) {

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,5}");
  private static final Pattern PROTO = Pattern.compile("[a-z][a-z0-9-]{0,15}");
  private static final int MAX_LINE = 4096;

  /**
   * Parses a line.
   *
   * @param line the line; null is a malformed record (a Kafka tombstone, for example)
   * @return the record
   * @throws MalformedRecordException naming what is wrong: empty, too long, not key=value, a duplicate or missing
   *     key, a port outside 0–65535, a protocol name that is not one
   */
  public static FirewallRecord parse(String line) throws MalformedRecordException {
    if (line == null || line.isBlank()) {
      throw new MalformedRecordException("empty record");
    }
    if (line.length() > MAX_LINE) {
      throw new MalformedRecordException("record longer than " + MAX_LINE + " characters: " + line.length());
    }
    Map<String, String> fields = new HashMap<>();
    for (String pair : SPACES.split(line.strip())) {
      int eq = pair.indexOf('=');
      if (eq <= 0 || eq == pair.length() - 1) {
        throw new MalformedRecordException("not a key=value pair: '" + shorten(pair) + "'");
      }
      String key = pair.substring(0, eq).toLowerCase(Locale.ROOT);
      if (fields.put(key, pair.substring(eq + 1)) != null) {
        throw new MalformedRecordException("duplicate key: " + shorten(key));
      }
    }
    String proto = required(fields, "proto").toLowerCase(Locale.ROOT);
    if (!PROTO.matcher(proto).matches()) {
      throw new MalformedRecordException("proto is not a protocol name: '" + shorten(proto) + "'");
    }
    OptionalInt dstPort = port(fields, "dpt");
    if (dstPort.isEmpty() && hasPorts(proto)) {
      throw new MalformedRecordException("missing dpt (a " + proto + " record needs its destination port)");
    }
    return new FirewallRecord(
        line,
        required(fields, "src"),
        required(fields, "dst"),
        proto,
        port(fields, "spt"),
        dstPort,
        required(fields, "action").toLowerCase(Locale.ROOT),
        Optional.ofNullable(fields.get("app")));
  }

  /**
   * Tells whether a protocol has port numbers that portlore knows of.
   *
   * @param proto a protocol name, lower case
   * @return true for tcp, udp, sctp and dccp
   */
  static boolean hasPorts(String proto) {
    return switch (proto) {
      case "tcp", "udp", "sctp", "dccp" -> true;
      default -> false;
    };
  }

  /** Keeps a reason short when the offending part is long. */
  private static String shorten(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "... (" + s.length() + " characters)";
  }

  private static String required(Map<String, String> fields, String key) throws MalformedRecordException {
    String v = fields.get(key);
    if (v == null) {
      throw new MalformedRecordException("missing " + key);
    }
    return v;
  }

  private static OptionalInt port(Map<String, String> fields, String key) throws MalformedRecordException {
    String v = fields.get(key);
    if (v == null) {
      return OptionalInt.empty();
    }
    int port = DIGITS.matcher(v).matches() ? Integer.parseInt(v) : -1;
    if (port < 0 || port > 65535) {
      throw new MalformedRecordException(key + " is not a port 0-65535: '" + shorten(v) + "'");
    }
    return OptionalInt.of(port);
  }
}
