package nl.coachplan.bench;

import java.io.File;
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
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.coachplan.CoachplanApplication;
import nl.coachplan.bench.bare.BareCamundaApplication;

/**
 * Time from JVM launch to "ready", and heap in use after a full GC, of Coachplan and of a bare Camunda
 * Spring Boot application, each in a child JVM with -Xmx512m on the current (test) classpath.
 */
public final class StartupProbe {

  public record Result(String application, long readyMillis, long heapUsedAfterReadyMb, long heapCommittedMb) {}

  private static final String ADMIN_ID = "beheer";
  private static final String ADMIN_PASSWORD = "bench-beheer-2026";
  private static final Duration POLL = Duration.ofMillis(50);
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
  private static final Duration SETTLE = Duration.ofSeconds(2);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
  // G1 prints one "garbage-first heap" line, Serial and Parallel one line per generation: sum them all.
  private static final Pattern HEAP_SPACE =
      Pattern.compile("(?m)^\\s*[A-Za-z][\\w -]*?\\s+total (\\d+)([KMG]), used (\\d+)([KMG])");

  private StartupProbe() {}

  /** Starts the application in a child JVM (-Xmx512m), waits until ready, measures, stops it (SIGTERM, then wait). */
  public static Result ours(Path workDir, List<String> databaseArgs) {
    List<String> args = new ArrayList<>(databaseArgs);
    if (args.stream().noneMatch(arg -> arg.startsWith("--spring.profiles.active="))) {
      args.add("--spring.profiles.active=prod"); // any profile but demo: no demo data
    }
    args.add("--camunda.bpm.admin-user.id=" + ADMIN_ID);
    args.add("--camunda.bpm.admin-user.password=" + ADMIN_PASSWORD);
    args.add("--coachplan.municipality.code=GM0342");
    args.add("--coachplan.municipality.name=Soest");
    return probe("ours", CoachplanApplication.class.getName(), "/actuator/health", workDir, args);
  }

  /** Starts the application in a child JVM (-Xmx512m), waits until ready, measures, stops it (SIGTERM, then wait). */
  public static Result bare(Path workDir, List<String> databaseArgs) {
    List<String> args = new ArrayList<>(databaseArgs);
    args.add("--spring.config.name=" + BareCamundaApplication.CONFIG_NAME);
    return probe("bare", BareCamundaApplication.class.getName(), "/engine-rest/engine", workDir, args);
  }

  private static Result probe(String application, String mainClass, String readyPath, Path workDir, List<String> args) {
    try {
      Files.createDirectories(workDir);
      Path log = Path.of("target", "bench").toAbsolutePath().resolve(application + "-startup.log");
      Files.createDirectories(log.getParent());
      int port = freePort();
      List<String> command = new ArrayList<>(List.of(javaTool("java"), "-Xmx512m", "-cp", classpath(), mainClass,
          "--server.port=" + port));
      command.addAll(args);
      ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
          .redirectErrorStream(true).redirectOutput(log.toFile());
      // The figures must not depend on whoever's shell runs the probe.
      builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("CAMUNDA_")
          || name.startsWith("COACHPLAN_") || name.equals("JAVA_TOOL_OPTIONS") || name.equals("JDK_JAVA_OPTIONS"));
      long start = System.nanoTime();
      Process process = builder.start();
      try {
        long readyMillis = awaitReady(process, start, URI.create("http://localhost:" + port + readyPath), log);
        Thread.sleep(SETTLE.toMillis());
        jcmd(process.pid(), "GC.run");
        long[] heap = heapUsedAndCommitted(jcmd(process.pid(), "GC.heap_info"));
        return new Result(application, readyMillis, heap[0], heap[1]);
      } finally {
        stop(process);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while probing " + application, e);
    }
  }

  private static long awaitReady(Process process, long start, URI uri, Path log)
      throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
    while (true) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Exited with " + process.exitValue() + " before " + uri + " answered 200; "
            + tail(log));
      }
      if (System.nanoTime() - start > READY_TIMEOUT.toNanos()) {
        throw new IllegalStateException(uri + " did not answer 200 within " + READY_TIMEOUT + "; " + tail(log));
      }
      try {
        if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        }
      } catch (IOException notListeningYet) {
        // connection refused until Tomcat is up
      }
      Thread.sleep(POLL.toMillis());
    }
  }

  static long[] heapUsedAndCommitted(String heapInfo) {
    long used = 0;
    long committed = 0;
    Matcher space = HEAP_SPACE.matcher(heapInfo);
    boolean found = false;
    while (space.find()) {
      found = true;
      committed += bytes(space.group(1), space.group(2));
      used += bytes(space.group(3), space.group(4));
    }
    if (!found) {
      throw new IllegalStateException("Unknown GC.heap_info format:\n" + heapInfo);
    }
    return new long[] {Math.round(used / 1048576.0), Math.round(committed / 1048576.0)};
  }

  private static long bytes(String amount, String unit) {
    return Long.parseLong(amount) << switch (unit) {
      case "K" -> 10;
      case "M" -> 20;
      default -> 30;
    };
  }

  private static String jcmd(long pid, String command) throws IOException, InterruptedException {
    Process jcmd = new ProcessBuilder(javaTool("jcmd"), Long.toString(pid), command).redirectErrorStream(true).start();
    String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (jcmd.waitFor() != 0) {
      throw new IllegalStateException("jcmd " + pid + " " + command + " failed:\n" + output);
    }
    return output;
  }

  private static void stop(Process process) throws InterruptedException {
    process.destroy(); // SIGTERM: Spring closes the context as in production
    if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  /** The current classpath with absolute entries (an empty one meaning ours), as the child runs elsewhere. */
  private static String classpath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(entry -> Path.of(entry).toAbsolutePath().toString())
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static String javaTool(String name) {
    return Path.of(System.getProperty("java.home"), "bin", name).toString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
    return "last lines of " + log + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  /** {@code StartupProbe h2 <dir>}: both applications on fresh H2 files under {@code <dir>/ours} and {@code <dir>/bare}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2 || !args[0].equals("h2")) {
      System.err.println("Usage: StartupProbe h2 <dir>");
      System.exit(2);
    }
    Path dir = Path.of(args[1]).toAbsolutePath();
    for (String application : List.of("ours", "bare")) {
      deleteH2Files(dir.resolve(application).resolve("data"));
    }
    Result ours = ours(dir.resolve("ours"), List.of());
    Result bare = bare(dir.resolve("bare"), List.of());
    for (Result result : List.of(ours, bare)) {
      System.out.printf("%-4s ready after %6d ms, heap used %4d MB, committed %4d MB%n",
          result.application(), result.readyMillis(), result.heapUsedAfterReadyMb(), result.heapCommittedMb());
    }
  }

  // Only the database files the applications make: <dir> may be a directory that holds other things.
  private static void deleteH2Files(Path data) throws IOException {
    if (Files.isDirectory(data)) {
      try (Stream<Path> files = Files.list(data)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".mv.db") || f.toString().endsWith(".trace.db"))
            .toList()) {
          Files.delete(file);
        }
      }
    }
  }
}
