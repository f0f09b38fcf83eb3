package cn.supervisiontalk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application (the jar Maven built, system property {@code app.jar}) running as a
 * node of its own: a separate JVM on a free port against a PostgreSQL database, with the tests'
 * organization, its output in {@code <build dir>/nodes/<name>.log}. Stopped normally or killed
 * as a crash would (SIGKILL).
 */
final class AppNode {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  final String name;
  final int port;
  final Path log;
  private final Process process;

  private AppNode(String name, int port, Path log, Process process) {
    this.name = name;
    this.port = port;
    this.log = log;
    this.process = process;
  }

  /** Starts a node on the given database; returns at once (see {@link #awaitReady}). */
  static AppNode start(String name, String database) {
    String jar = System.getProperty("app.jar");
    assertThat(jar).as("system property app.jar (set by the failsafe configuration in pom.xml)")
        .isNotBlank();
    assertThat(Path.of(jar)).as("the packaged application").exists();
    Path fixture = Path.of("src/test/resources/fixture/organization.yaml").toAbsolutePath();
    Path log = Path.of(jar).getParent().resolve("nodes").resolve(name + ".log");
    int port = freePort();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", jar,
        "--spring.profiles.active=postgres",
        "--server.port=" + port,
        "--spring.datasource.url=" + PostgresDatabase.SERVER + database,
        "--spring.datasource.username=" + PostgresDatabase.USER,
        "--spring.datasource.password=",
        "--supervision-talk.seeds.location=file:" + fixture,
        // no yearly report inside the test run (see src/test/resources/application.properties)
        "--supervision-talk.report.cron=R/2099-01-01T08:00:00/P1Y"));
    try {
      Files.createDirectories(log.getParent());
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      return new AppNode(name, port, log, process);
    } catch (IOException e) {
      throw new UncheckedIOException("节点 " + name + " 无法启动", e);
    }
  }

  String url() {
    return "http://localhost:" + port;
  }

  boolean alive() {
    return process.isAlive();
  }

  /** Waits until every node answers its health check; fails at once when one has died. */
  static void awaitReady(Duration timeout, AppNode... nodes) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    for (AppNode node : nodes) {
      while (!node.healthy()) {
        assertThat(node.alive()).as("node " + node.name + " died while starting:\n" + node.tail())
            .isTrue();
        assertThat(System.nanoTime()).as("node " + node.name + " not ready in time:\n" + node.tail())
            .isLessThan(deadline);
        Thread.sleep(500);
      }
    }
  }

  private boolean healthy() {
    try {
      HttpResponse<String> response = HTTP.send(
          HttpRequest.newBuilder(URI.create(url() + "/actuator/health"))
              .timeout(Duration.ofSeconds(5)).build(),
          HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 && response.body().contains("UP");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Ends the node as a crash would: SIGKILL, no shutdown hooks, no commit of anything in flight. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  void stop() throws InterruptedException {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      kill();
    }
  }

  String output() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(" + log + " unreadable: " + e.getMessage() + ")";
    }
  }

  private String tail() {
    String all = output();
    return all.substring(Math.max(0, all.length() - 4000));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
