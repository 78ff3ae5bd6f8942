package graph.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Starts an embedded Neo4j Community with only the Bolt connector, on 127.0.0.1.
 *
 * <p>Usage: {@code Launcher <dataDir> <port> [pageCacheMiB] [--exit-with-stdin]}. Prints exactly one
 * line starting with {@code NEO4J_READY} once Bolt accepts connections; the Node side waits for it.
 * SIGTERM/SIGINT run the JVM shutdown hook, which checkpoints and closes the store, so data survives
 * restarts. With {@code --exit-with-stdin} it also shuts down (the same clean way) when its standard
 * input reaches end of file: the Node process that started it keeps that pipe open, so however that
 * process ends (a signal it does not pass on, a crash, SIGKILL), Neo4j does not outlive it.
 */
public final class Launcher {
  private static final String HOST = "127.0.0.1";

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: Launcher <dataDir> <port> [pageCacheMiB]");
      System.exit(64);
    }
    Path dataDir = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    long pageCacheMiB = args.length > 2 ? Long.parseLong(args[2]) : 256;
    boolean exitWithStdin = args.length > 3 && args[3].equals("--exit-with-stdin");

    // Fail before Neo4j spends seconds initialising: the Node side turns exit code 3 into advice.
    if (!portIsFree(port)) {
      System.err.println("NEO4J_PORT_TAKEN " + HOST + ":" + port);
      System.exit(3);
    }

    long started = System.nanoTime();
    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(dataDir)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, port))
            .setConfig(HttpConnector.enabled, false)
            // Local development database: loopback only, so authentication is off.
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(120))
            .build();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("NEO4J_STOPPING");
                  dbms.shutdown();
                  System.out.println("NEO4J_STOPPED");
                },
                "neo4j-shutdown"));

    // build() returns when the database is available; still confirm the socket answers.
    waitForBolt(port, Duration.ofSeconds(60));
    long ms = (System.nanoTime() - started) / 1_000_000;
    System.out.println(
        "NEO4J_READY bolt://" + HOST + ":" + port + " version=" + neo4jVersion() + " startMs=" + ms);
    System.out.flush();
    if (exitWithStdin) {
      // Blocks until the parent's end of the pipe closes; System.exit runs the shutdown hook.
      while (System.in.read() != -1) {
        // Nothing is ever written; a stray byte is ignored.
      }
      System.exit(0);
    }
    Thread.currentThread().join();
  }

  private static boolean portIsFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      // Like Bolt itself: a port with only TIME_WAIT leftovers (a restart) is free; a listener is not.
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(HOST, port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void waitForBolt(int port, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress(HOST, port), 500);
        return;
      } catch (IOException e) {
        Thread.sleep(50);
      }
    }
    throw new IllegalStateException("Bolt did not accept connections within " + timeout);
  }

  private static String neo4jVersion() {
    Package p = DatabaseManagementService.class.getPackage();
    String v = p == null ? null : p.getImplementationVersion();
    return v == null ? "unknown" : v;
  }
}
