package dev.claimgraph.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.Version;

/**
 * Starts a Neo4j Community DBMS in this JVM with Bolt on 127.0.0.1:PORT, prints one readiness
 * line once a query has succeeded, and shuts the DBMS down cleanly on SIGTERM (or when its
 * standard input closes, so a parent that dies without signalling does not leave it running).
 */
public final class Main {
  private static final String USAGE =
      String.join(
          "\n",
          "usage: java -cp <launcher classpath> dev.claimgraph.launcher.Main [options]",
          "",
          "  --port N            Bolt port on 127.0.0.1 (default 7687)",
          "  --data DIR          data directory, created if missing (default ./.neo4j-data)",
          "  --pagecache SIZE    page cache, Neo4j syntax such as 256m or 1g (default 256m)",
          "  --apoc DIR          load APOC core from the jars in DIR (also put them on the classpath)",
          "  --exit-on-stdin-eof shut down when standard input closes",
          "  --help              print this text",
          "",
          "Heap is the JVM's own: pass -Xmx to java.",
          "Prints NEO4J_READY bolt://127.0.0.1:PORT version=X once it answers queries.");

  private Main() {}

  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("neo4j-launcher: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    if (options.help) {
      System.out.println(USAGE);
      return;
    }

    Path home = options.data.toAbsolutePath();
    Files.createDirectories(home);

    Map<String, String> config = new LinkedHashMap<>();
    config.put("server.bolt.enabled", "true");
    config.put("server.bolt.listen_address", "127.0.0.1:" + options.port);
    config.put("server.bolt.tls_level", "DISABLED");
    // Local, loopback-only server for one user: credentials would only add setup steps.
    config.put("dbms.security.auth_enabled", "false");
    // The default page cache is half the machine's memory; keep it bounded.
    config.put("server.memory.pagecache.size", options.pagecache);
    config.put("db.tx_log.rotation.retention_policy", "2 files");
    if (options.apocDir != null) {
      config.put("server.directories.plugins", options.apocDir.toAbsolutePath().toString());
      config.put("dbms.security.procedures.unrestricted", "apoc.*");
      config.put("dbms.security.procedures.allowlist", "apoc.*");
    }

    // The builder takes raw setting names only from a file; write the one this run uses.
    Path conf = home.resolve("launcher.conf");
    StringBuilder text = new StringBuilder();
    config.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
    Files.writeString(conf, text.toString());
    DatabaseManagementService service =
        new DatabaseManagementServiceBuilder(home).loadPropertiesFromFile(conf).build();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("NEO4J_STOPPING");
                  service.shutdown();
                  System.out.println("NEO4J_STOPPED");
                  stopped.countDown();
                },
                "neo4j-launcher-shutdown"));

    GraphDatabaseService db = service.database("neo4j");
    db.executeTransactionally("RETURN 1");
    System.out.println(
        "NEO4J_READY bolt://127.0.0.1:" + options.port + " version=" + Version.getNeo4jVersion());
    System.out.flush();

    if (options.exitOnStdinEof) {
      Thread watcher = new Thread(() -> awaitEof(System.in), "neo4j-launcher-stdin");
      watcher.setDaemon(true);
      watcher.start();
    }
    stopped.await();
  }

  private static void awaitEof(InputStream in) {
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) >= 0) {
        // Input carries no commands; only its end matters.
      }
    } catch (IOException e) {
      // A broken pipe means the parent is gone, the same as end of input.
    }
    System.exit(0);
  }

  private static final class Options {
    int port = 7687;
    Path data = Path.of(".neo4j-data");
    String pagecache = "256m";
    Path apocDir;
    boolean exitOnStdinEof;
    boolean help;

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--port" -> {
            String value = value(args, ++i, arg);
            try {
              o.port = Integer.parseInt(value);
            } catch (NumberFormatException e) {
              throw new IllegalArgumentException("--port needs a number, got " + value);
            }
            if (o.port < 1 || o.port > 65535) {
              throw new IllegalArgumentException("--port must be 1..65535, got " + o.port);
            }
          }
          case "--data" -> o.data = Path.of(value(args, ++i, arg));
          case "--pagecache" -> o.pagecache = value(args, ++i, arg);
          case "--apoc" -> o.apocDir = Path.of(value(args, ++i, arg));
          case "--exit-on-stdin-eof" -> o.exitOnStdinEof = true;
          case "--help", "-h" -> o.help = true;
          default -> throw new IllegalArgumentException("unknown option " + arg);
        }
      }
      return o;
    }

    private static String value(String[] args, int i, String name) {
      if (i >= args.length) {
        throw new IllegalArgumentException(name + " needs a value");
      }
      return args[i];
    }
  }
}
