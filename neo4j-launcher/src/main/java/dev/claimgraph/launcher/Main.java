package dev.claimgraph.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
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
          "  --password-file F   the neo4j user's password; generated (mode 0600) when F is missing",
          "                      (default DATA/neo4j-password)",
          "  --no-auth           turn authentication off (not recommended)",
          "  --tx-timeout T      db.transaction.timeout, Neo4j syntax such as 30s (default 5m)",
          "  --tx-memory SIZE    db.memory.transaction.total.max, such as 512m (default 512m)",
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

    // Watch from the start: a parent that dies while Neo4j is still starting must not leave it
    // running (the service restarts Neo4j, and may be stopped in the middle of a restart).
    if (options.exitOnStdinEof) {
      Thread watcher = new Thread(() -> awaitEof(System.in), "neo4j-launcher-stdin");
      watcher.setDaemon(true);
      watcher.start();
    }

    Path home = options.data.toAbsolutePath();
    Files.createDirectories(home);

    Map<String, String> config = new LinkedHashMap<>();
    config.put("server.bolt.enabled", "true");
    config.put("server.bolt.listen_address", "127.0.0.1:" + options.port);
    config.put("server.bolt.tls_level", "DISABLED");
    // On by default: a loopback port is still reachable by every local user and every page a
    // browser opens. The password lives in a 0600 file in the data directory.
    config.put("dbms.security.auth_enabled", Boolean.toString(options.auth));
    // A runaway query ends with a clear error instead of holding the server's heap or a lock.
    config.put("db.transaction.timeout", options.txTimeout);
    config.put("db.memory.transaction.total.max", options.txMemory);
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

    if (options.auth) {
      Path passwordFile = options.passwordFile != null ? options.passwordFile : home.resolve("neo4j-password");
      setPassword(service, readOrCreatePassword(passwordFile));
    }
    GraphDatabaseService db = service.database("neo4j");
    db.executeTransactionally("RETURN 1");
    System.out.println(
        "NEO4J_READY bolt://127.0.0.1:" + options.port + " version=" + Version.getNeo4jVersion());
    System.out.flush();

    stopped.await();
  }

  /** The password in FILE, or a new random one written there readable by its owner only. */
  static String readOrCreatePassword(Path file) throws IOException {
    if (Files.exists(file)) {
      String password = Files.readString(file).trim();
      if (password.length() < 8) {
        throw new IOException(file + " holds no usable password (8 characters at least)");
      }
      return password;
    }
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(file, password + "\n");
    return password;
  }

  /**
   * Embedded code runs with full rights, so the launcher can set the password without knowing
   * the old one. Setting it at every start makes the file the single source of truth.
   */
  private static void setPassword(DatabaseManagementService service, String password) {
    GraphDatabaseService system = service.database("system");
    try {
      system.executeTransactionally(
          "ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
          Map.of("password", password));
    } catch (RuntimeException e) {
      // Neo4j refuses to "change" a password to the one it already has: nothing to do then.
      if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
        throw e;
      }
    }
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
    Path passwordFile;
    boolean auth = true;
    String txTimeout = "5m";
    String txMemory = "512m";
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
          case "--password-file" -> o.passwordFile = Path.of(value(args, ++i, arg));
          case "--no-auth" -> o.auth = false;
          case "--tx-timeout" -> o.txTimeout = value(args, ++i, arg);
          case "--tx-memory" -> o.txMemory = value(args, ++i, arg);
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
