package org.portlore.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.portlore.Conflict;
import org.portlore.PortDataException;
import org.portlore.PortDatabase;
import org.portlore.PortExpression;
import org.portlore.PortInfo;
import org.portlore.PortJson;
import org.portlore.PortRegistry;
import org.portlore.SearchHit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code portlore} command: a port's story in the terminal, JSON Lines for pipelines.
 *
 * <p>Exit codes: 0 answered; 2 bad input or usage (one line on standard error naming the input and what was
 * expected); 1 unexpected failure.
 */
@Command(
    name = "portlore",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    sortOptions = false,
    usageHelpWidth = 80,
    description = {
      "Everything worth knowing about a network port: IANA's assignments, unofficial uses, history,"
          + " threats and conflicts, with sources.",
      "",
      "QUERY is a port (1973), a port and transport (1973/tcp, tcp:1973), a range (6000-6010),"
          + " a list (22,80,443) or a service name (ssh). '-' reads queries from standard input, one per line."
    },
    subcommands = {Main.Search.class, Main.Conflicts.class},
    exitCodeOnInvalidInput = 2,
    exitCodeOnExecutionException = 1)
public final class Main implements Callable<Integer> {
  /** Exit code for a user's mistake. */
  static final int BAD_INPUT = 2;

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "ports, ranges, service names, or '-' for standard input")
  List<String> queries = new ArrayList<>();

  @Option(names = "--json", description = "print the JSON form of each answer, one object per line (JSON Lines)")
  boolean json;

  @Option(names = "--iana", paramLabel = "FILE", description = "answer from this IANA XML or CSV file instead of the bundled registry")
  Path iana;

  @Option(names = "--overlay", paramLabel = "FILE", description = "add your own facts from this JSON file (repeatable)")
  List<Path> overlays = new ArrayList<>();

  @Option(names = "--no-color", description = "never colour the output (NO_COLOR in the environment does the same)")
  boolean noColor;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final InputStream stdin;
  private final PrintStream out;

  Main(InputStream stdin, PrintStream out) {
    this.stdin = stdin;
    this.out = out;
  }

  /**
   * Runs the command and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err, System.console() != null));
  }

  /** Runs the command; returns the exit code. */
  static int run(String[] args, InputStream in, PrintStream out, PrintStream err, boolean terminal) {
    Main main = new Main(in, out);
    CommandLine cmd = new CommandLine(main);
    cmd.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cmd.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    main.terminal = terminal;
    cmd.setParameterExceptionHandler(
        (ex, a) -> {
          err.println("portlore: " + ex.getMessage() + " (see portlore --help)");
          return BAD_INPUT;
        });
    cmd.setExecutionExceptionHandler(
        (ex, c, parsed) -> {
          if (ex instanceof IllegalArgumentException || ex instanceof PortDataException) {
            err.println("portlore: " + oneLine(ex.getMessage()));
            return BAD_INPUT;
          }
          err.println("portlore: unexpected failure: " + oneLine(String.valueOf(ex)));
          return 1;
        });
    return cmd.execute(args);
  }

  boolean terminal;

  static String oneLine(String s) {
    return s == null ? "" : s.replace('\n', ' ').replace('\r', ' ');
  }

  PortDatabase database() {
    if (iana == null && overlays.isEmpty()) {
      return PortRegistry.bundled();
    }
    PortDatabase.Builder b = PortDatabase.builder().bundled();
    if (iana != null) {
      b.iana(iana);
    }
    overlays.forEach(b::overlay);
    return b.build();
  }

  boolean color() {
    return terminal && !noColor && System.getenv("NO_COLOR") == null;
  }

  @Override
  public Integer call() throws IOException {
    if (queries.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no query given (expected e.g. 1973, 1973/tcp, 6000-6010 or ssh)");
    }
    if (queries.contains("-")) {
      if (queries.size() > 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "'-' reads standard input and takes no other query");
      }
      return batch();
    }
    PortDatabase db = database();
    List<PortInfo> answers = new ArrayList<>();
    for (String q : queries) {
      answers.addAll(db.query(q));
    }
    Render render = new Render(color());
    for (int i = 0; i < answers.size(); i++) {
      if (json) {
        out.println(answers.get(i).toJson());
      } else {
        if (i > 0) {
          out.println();
        }
        out.print(render.story(answers.get(i)));
      }
    }
    out.flush();
    return 0;
  }

  /** One answer per input line, in order; a line that cannot be answered gives an error object and the batch goes on. */
  private int batch() throws IOException {
    PortDatabase db = database();
    ObjectMapper mapper = mapper();
    Render render = new Render(false);
    BufferedReader reader = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8), 1 << 16);
    StringBuilder buf = new StringBuilder(1 << 16);
    String line;
    while ((line = reader.readLine()) != null) {
      try {
        if (line.isBlank()) {
          throw new IllegalArgumentException("blank line (expected a port, range or service name)");
        }
        PortExpression expr = PortExpression.parse(line);
        List<PortInfo> answers = db.query(expr);
        if (json) {
          if (answers.size() == 1) {
            buf.append(answers.get(0).toJson());
          } else {
            ObjectNode o = mapper.createObjectNode();
            o.put("input", line);
            o.set("ports", mapper.valueToTree(answers));
            buf.append(mapper.writeValueAsString(o));
          }
          buf.append('\n');
        } else {
          for (PortInfo p : answers) {
            buf.append(render.story(p)).append('\n');
          }
        }
      } catch (IllegalArgumentException e) {
        if (json) {
          ObjectNode o = mapper.createObjectNode();
          o.put("input", line);
          o.put("error", oneLine(e.getMessage()));
          buf.append(mapper.writeValueAsString(o)).append('\n');
        } else {
          buf.append("portlore: ").append(oneLine(e.getMessage())).append('\n');
        }
      }
      if (buf.length() > (1 << 15)) {
        out.print(buf);
        buf.setLength(0);
      }
    }
    out.print(buf);
    out.flush();
    return 0;
  }

  static ObjectMapper mapper() {
    return new ObjectMapper().registerModule(new Jdk8Module());
  }

  /** {@code portlore search TEXT}: full-text search. */
  @Command(name = "search", mixinStandardHelpOptions = true, description = "Search names, descriptions and lore.")
  static final class Search implements Callable<Integer> {
    @CommandLine.ParentCommand Main parent;

    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "words that must all occur")
    List<String> words;

    @Override
    public Integer call() throws IOException {
      List<SearchHit> hits = parent.database().search(String.join(" ", words));
      ObjectMapper mapper = mapper();
      for (SearchHit h : hits) {
        if (parent.json) {
          parent.out.println(mapper.writeValueAsString(h));
        } else {
          parent.out.println(Render.hit(h));
        }
      }
      if (hits.isEmpty() && !parent.json) {
        parent.out.println("no match for '" + String.join(" ", words) + "'");
      }
      parent.out.flush();
      return 0;
    }
  }

  /** {@code portlore conflicts [--type T]}: conflicting ports. */
  @Command(name = "conflicts", mixinStandardHelpOptions = true, description = "List ports whose facts disagree.")
  static final class Conflicts implements Callable<Integer> {
    @CommandLine.ParentCommand Main parent;

    @Option(names = "--type", paramLabel = "TYPE", description = "only this type: unofficial-use, unauthorized-use, malware-squat, transport-mismatch, multiple-services")
    String type;

    @Override
    public Integer call() throws IOException {
      PortDatabase db = parent.database();
      List<Conflict> list = type == null ? db.conflicts() : db.conflicts(Conflict.Type.parse(type));
      for (Conflict c : list) {
        parent.out.println(parent.json ? PortJson.toJson(c) : Render.conflictLine(c));
      }
      parent.out.flush();
      return 0;
    }
  }

  /** Code version, data version and IANA registry date. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String code = Main.class.getPackage().getImplementationVersion();
      var md = PortRegistry.metadata();
      return new String[] {
        "portlore " + (code == null ? "(development build)" : code),
        "data " + md.dataVersion() + ", IANA registry of " + md.registryDate()
      };
    }
  }
}
