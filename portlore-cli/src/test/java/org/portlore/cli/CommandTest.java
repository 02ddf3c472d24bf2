package org.portlore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the command as a user would: arguments and standard input in, text and exit code out. */
class CommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  record Result(int code, String out, String err) {
    List<String> lines() {
      return out.lines().toList();
    }
  }

  static Result withInput(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false);
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Result run(String... args) {
    return withInput("", args);
  }

  @Test
  void tellsAPortsStoryWithSources() {
    Result r = run("1973");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("Port 1973", "user (registered)", "dlsrap", "KGB-RAT", "Backdoor.Win32.Small.bu",
        "RFC 2106", "malware-squat", "extinct", "windows-xp", "ss -ltnup", "lsof", "netstat", "Sources", "[1] http");
    assertThat(r.out()).contains("nothing legitimate is expected here");
  }

  @Test
  void everyLineFitsEightyColumnsAndHasNoColourOffATerminal() {
    for (String q : List.of("1973", "373", "80", "31337", "6379", "1521")) {
      Result r = run(q);
      assertThat(r.lines()).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(80));
      assertThat(r.out()).doesNotContain("\u001b[");
    }
  }

  @Test
  void tellsTheConflictOf373() {
    assertThat(run("373").out()).contains("legent-1", "AppleTalk Session Protocol", "unofficial-use", "Computer Associates");
  }

  @Test
  void answersATransportARangeAListAndAServiceName() {
    assertThat(run("514/udp").out()).contains("syslog").doesNotContain("tcp  shell");
    assertThat(run("tcp:514").out()).contains("shell");
    assertThat(run("6000-6002").out().split("\nPort ", -1)).hasSize(3);
    assertThat(run("22,80").out()).contains("Port 22", "Port 80");
    assertThat(run("ssh").out()).contains("Port 22");
    assertThat(run("22", "80").out()).contains("Port 22", "Port 80");
  }

  @Test
  void jsonIsThePortInfoFormOneObjectPerPort() throws Exception {
    Result r = run("--json", "1973", "22");
    assertThat(r.code()).isZero();
    assertThat(r.lines()).hasSize(2);
    JsonNode first = JSON.readTree(r.lines().get(0));
    assertThat(first.get("port").asInt()).isEqualTo(1973);
    assertThat(first.get("range").asText()).isEqualTo("user");
    assertThat(first.has("assignments") && first.has("threats") && first.has("conflicts") && first.has("ephemeral")).isTrue();
  }

  @Test
  void batchWritesExactlyOneJsonLinePerInputLineInOrder() throws Exception {
    Result r = withInput("1973\n\n70000\nnosuchservice\n22/tcp\n9-3\nssh\n6000-6001\n", "--json", "-");
    assertThat(r.code()).isZero();
    List<String> lines = r.lines();
    assertThat(lines).hasSize(8);
    assertThat(JSON.readTree(lines.get(0)).get("port").asInt()).isEqualTo(1973);
    assertThat(JSON.readTree(lines.get(1)).get("input").asText()).isEmpty();
    assertThat(JSON.readTree(lines.get(1)).get("error").asText()).contains("blank");
    assertThat(JSON.readTree(lines.get(2)).get("error").asText()).contains("70000");
    assertThat(JSON.readTree(lines.get(3)).get("error").asText()).contains("nosuchservice");
    assertThat(JSON.readTree(lines.get(4)).get("port").asInt()).isEqualTo(22);
    assertThat(JSON.readTree(lines.get(5)).get("error").asText()).contains("reversed");
    assertThat(JSON.readTree(lines.get(6)).get("port").asInt()).isEqualTo(22);
    assertThat(JSON.readTree(lines.get(7)).get("ports").size()).isEqualTo(2);
  }

  @Test
  void batchOfEveryPortAnswersEveryLine() {
    StringBuilder in = new StringBuilder();
    for (int p = 0; p <= 65535; p++) {
      in.append(p).append('\n');
    }
    Result r = withInput(in.toString(), "--json", "-");
    assertThat(r.code()).isZero();
    assertThat(r.lines()).hasSize(65536);
    assertThat(r.lines().get(65535)).startsWith("{\"port\":65535,");
  }

  @Test
  void badInputExitsTwoWithOneLineNamingTheInput() {
    for (String[] args : List.of(new String[] {"70000"}, new String[] {"1973/icmp"}, new String[] {"9-3"},
        new String[] {"nosuchservice"}, new String[] {""}, new String[] {"--bogus"}, new String[] {},
        new String[] {"conflicts", "--type", "feud"}, new String[] {"-", "22"})) {
      Result r = run(args);
      assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.err().lines().count()).as(r.err()).isEqualTo(1);
      assertThat(r.err()).startsWith("portlore: ").doesNotContain("\tat ").doesNotContain("Exception");
      assertThat(r.out()).isEmpty();
    }
    assertThat(run("70000").err()).contains("70000").contains("0 to 65535");
    assertThat(run("nosuchservice").err()).contains("'nosuchservice'");
  }

  @Test
  void aBrokenOrMissingFileExitsTwoNamingIt(@TempDir Path dir) throws Exception {
    Result missing = run("--iana", dir.resolve("none.xml").toString(), "22");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("none.xml").contains("no such file");
    Path bad = dir.resolve("overlay.json");
    Files.writeString(bad, "{\"entries\":[{\"kind\":\"use\",\"port\":\"x\"}]}");
    Result broken = run("--overlay", bad.toString(), "22");
    assertThat(broken.code()).isEqualTo(2);
    assertThat(broken.err()).contains("overlay.json").contains("line 1").contains("field 'port'");
  }

  @Test
  void anOverlayAddsFactsToTheStory(@TempDir Path dir) throws Exception {
    Path o = dir.resolve("site.json");
    Files.writeString(o, "{\"entries\":[{\"kind\":\"use\",\"port\":40123,\"name\":\"Billing API\",\"category\":\"app-server\","
        + "\"description\":\"Our billing service.\",\"sources\":[\"https://wiki.example.org/billing\"]}]}");
    assertThat(run("--overlay", o.toString(), "40123").out()).contains("Billing API", "wiki.example.org");
  }

  @Test
  void answersFromAnIanaFile(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("mini.csv");
    Files.writeString(csv, "Service Name,Port Number,Transport Protocol,Description,Assignee,Contact,Registration Date,"
        + "Modification Date,Reference,Service Code,Unauthorized Use Reported,Assignment Notes\n"
        + "mysvc,40123,tcp,My Service,,,2030-01-01,,,,,\n");
    Result r = run("--iana", csv.toString(), "40123");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("mysvc");
    assertThat(run("--iana", csv.toString(), "22").out()).contains("No IANA assignment");
  }

  @Test
  void searchFindsNamesAndLore() {
    Result r = run("search", "appletalk", "session");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("373");
    assertThat(run("search", "zzzz-nothing-zzzz").out()).contains("no match");
    assertThat(run("--json", "search", "dlsrap").lines()).allSatisfy(l -> assertThat(l).startsWith("{"));
  }

  @Test
  void conflictsListAndFilterByType() {
    Result all = run("conflicts");
    assertThat(all.code()).isZero();
    assertThat(all.out()).contains("1973", "malware-squat", "unauthorized-use");
    Result squat = run("conflicts", "--type", "transport-mismatch");
    assertThat(squat.lines()).allSatisfy(l -> assertThat(l).contains("transport-mismatch"));
    assertThat(squat.out()).contains("514");
  }

  @Test
  void anUnexpectedFailureExitsOneWithOneLineAndNoStackTrace() {
    java.io.InputStream broken = new java.io.InputStream() {
      @Override
      public int read() throws java.io.IOException {
        throw new java.io.IOException("standard input went away");
      }
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"--json", "-"}, broken, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false);
    String e = err.toString(StandardCharsets.UTF_8);
    assertThat(code).isEqualTo(1);
    assertThat(e).startsWith("portlore: unexpected failure").contains("standard input went away").doesNotContain("\tat ");
    assertThat(e.lines().count()).isEqualTo(1);
  }

  @Test
  void versionShowsCodeDataAndRegistryDate() {
    Result r = run("--version");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("portlore").contains("data 2026.08.17").contains("IANA registry of 2026-08-17");
  }

  @Test
  void helpDescribesTheQueries() {
    Result r = run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("QUERY", "--json", "--iana", "--overlay", "search", "conflicts");
  }
}
