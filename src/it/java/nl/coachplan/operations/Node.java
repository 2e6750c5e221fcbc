package nl.coachplan.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Coachplan as operations run it: the packaged jar in its own JVM, on a database it shares, stopped
 * politely or killed with SIGKILL. Its log goes to {@code target/nodes/<name>.log}.
 */
final class Node implements AutoCloseable {

  static final String ADMIN = "beheer";
  static final String ADMIN_PASSWORD = "node-test-beheer-2026";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  final String name;
  final int port;
  private final Process process;
  private final Path log;

  private Node(String name, int port, Process process, Path log) {
    this.name = name;
    this.port = port;
    this.process = process;
    this.log = log;
  }

  /** Starts the jar on the database with its job executor on, and waits until it answers as healthy. */
  static Node start(String name, TestDatabase database, String... settings) {
    String jar = System.getProperty("coachplan.jar");
    assertThat(jar).as("the packaged jar (system property coachplan.jar, set by failsafe)").isNotNull();
    assertThat(Path.of(jar)).as("the packaged jar").exists();
    int port = freePort();
    Path log = Path.of("target", "nodes", name + ".log").toAbsolutePath();
    List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx384m", "-jar", Path.of(jar).toAbsolutePath().toString(),
        "--server.port=" + port));
    command.addAll(database.nodeSettings());
    command.addAll(List.of(
        "--camunda.bpm.admin-user.id=" + ADMIN,
        "--camunda.bpm.admin-user.password=" + ADMIN_PASSWORD,
        // The job log names the node that ran a job.
        "--camunda.bpm.generic-properties.properties.hostname=" + name,
        "--camunda.bpm.job-execution.enabled=true",
        "--camunda.bpm.job-execution.wait-time-in-millis=300",
        "--camunda.bpm.job-execution.max-wait=1000",
        // A dead node's locks run out after 10 s instead of the default 5 minutes, so the test can wait for the takeover.
        "--camunda.bpm.job-execution.lock-time-in-millis=10000",
        // The scenarios submit as one aanvoerder at machine speed.
        "--coachplan.write-limit.burst=1000000", "--coachplan.write-limit.per-minute=1000000",
        // Production names its municipality; the scenarios' organisations are configured, as an installation may.
        "--coachplan.municipality.code=GM0342", "--coachplan.municipality.name=Soest",
        "--coachplan.organisations[0].slug=werk-en-inkomen", "--coachplan.organisations[0].name=Werk & Inkomen Soest",
        "--coachplan.organisations[0].sector=WORK_AND_INCOME",
        "--coachplan.organisations[1].slug=swos", "--coachplan.organisations[1].name=SWOS ouderenwelzijn",
        "--coachplan.organisations[1].sector=WELFARE",
        "--coachplan.organisations[2].slug=mee", "--coachplan.organisations[2].name=MEE", "--coachplan.organisations[2].sector=CARE"));
    command.addAll(List.of(settings));
    try {
      Files.createDirectories(log.getParent());
      Files.createDirectories(database.home());
      Process process = new ProcessBuilder(command).directory(database.home().toFile()).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
      Node node = new Node(name, port, process, log);
      node.awaitHealthy(Duration.ofSeconds(120));
      return node;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void awaitHealthy(Duration patience) {
    long deadline = System.nanoTime() + patience.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError("node " + name + " stopped during start-up; see " + log);
      }
      try {
        if (get(null, "/actuator/health").statusCode() == 200) {
          return;
        }
      } catch (UncheckedIOException notYet) {
        // not listening yet
      }
      sleep(250);
    }
    throw new AssertionError("node " + name + " not healthy within " + patience + "; see " + log);
  }

  /** SIGKILL: no shutdown hook, no transaction finished, no lock given back. */
  void kill() {
    process.destroyForcibly();
    waitForExit();
  }

  /** SIGTERM: Spring shuts down in order. */
  void stop() {
    process.destroy();
    waitForExit();
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      kill();
    }
  }

  private void waitForExit() {
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  HttpResponse<String> get(String user, String path) {
    return send(user, HttpRequest.newBuilder(uri(path)).GET());
  }

  HttpResponse<String> post(String user, String path, Object body, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(write(body)));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(user, request);
  }

  HttpResponse<String> put(String user, String path) {
    return send(user, HttpRequest.newBuilder(uri(path)).PUT(HttpRequest.BodyPublishers.noBody()));
  }

  HttpResponse<String> put(String user, String path, Object body) {
    return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(write(body))));
  }

  /** The body of a successful answer as JSON; anything else fails the test with the answer. */
  JsonNode json(HttpResponse<String> response) {
    assertThat(response.statusCode()).as("%s %s: %s", name, response.uri(), response.body()).isBetween(200, 299);
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HttpResponse<String> send(String user, HttpRequest.Builder request) {
    if (user != null) {
      String password = ADMIN.equals(user) ? ADMIN_PASSWORD : user;
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    try {
      return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  static String write(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String javaBinary() {
    return ProcessHandle.current().info().command().orElse("java");
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
