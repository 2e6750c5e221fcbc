package nl.coachplan.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A fresh database for one part of the benchmark: an H2 file as the embedded default has it, or a
 * new PostgreSQL database next to the one named by {@code COACHPLAN_TEST_DB_URL} (its user needs CREATEDB).
 */
record BenchDatabase(String kind, String url, String user, String password, Path home) {

  static BenchDatabase fresh(String kind, String name) {
    Path home = home(kind, name);
    deleteRecursively(home);
    try {
      Files.createDirectories(home);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (kind.equals("h2")) {
      return h2(home);
    }
    String adminUrl = env("COACHPLAN_TEST_DB_URL");
    String database = postgresName(name);
    try (Connection connection = DriverManager.getConnection(adminUrl, env("COACHPLAN_TEST_DB_USER"), env("COACHPLAN_TEST_DB_PASSWORD"));
        Statement statement = connection.createStatement()) {
      statement.execute("drop database if exists " + database + " with (force)");
      statement.execute("create database " + database);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create the benchmark database " + database + " next to " + adminUrl
          + " (the user needs CREATEDB): " + e.getMessage(), e);
    }
    return postgres(name, home);
  }

  /** The database an earlier run generated at this scale, as it was left. */
  static BenchDatabase existing(String kind, String name) {
    Path home = home(kind, name);
    BenchDatabase database = kind.equals("h2") ? h2(home) : postgres(name, home);
    if (kind.equals("h2") && !Files.exists(home.resolve("coachplan.mv.db"))) {
      throw new IllegalStateException("No database generated earlier at " + home + "; run once at this scale first");
    }
    try (Connection connection = database.connect()) {
      return database;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot open the database generated earlier, " + database.url() + ": " + e.getMessage(), e);
    }
  }

  private static Path home(String kind, String name) {
    return Path.of("target", "bench", "work", kind + "-" + name).toAbsolutePath();
  }

  /** The production default URL (application.yml), in a directory of its own. */
  private static BenchDatabase h2(Path home) {
    return new BenchDatabase("h2", "jdbc:h2:file:" + home.resolve("coachplan") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;QUERY_CACHE_SIZE=100",
        "sa", "", home);
  }

  private static BenchDatabase postgres(String name, Path home) {
    String adminUrl = env("COACHPLAN_TEST_DB_URL");
    return new BenchDatabase("postgres", adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + postgresName(name),
        env("COACHPLAN_TEST_DB_USER"), env("COACHPLAN_TEST_DB_PASSWORD"), home);
  }

  private static String postgresName(String name) {
    return "coachplan_bench_" + name.replaceAll("[^a-z0-9]", "_");
  }

  private static String env(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("bench.db=postgres needs " + name + " (see docs/performance.md)");
    }
    return value;
  }

  /** Spring properties that point an application at this database. */
  Map<String, Object> springProperties() {
    Map<String, Object> properties = new java.util.HashMap<>(Map.of(
        "spring.datasource.url", url, "spring.datasource.username", user, "spring.datasource.password", password));
    if (kind.equals("postgres")) {
      properties.put("spring.profiles.active", "postgres");
    }
    return properties;
  }

  /** The same, as command-line arguments of a child JVM. */
  List<String> arguments() {
    return springProperties().entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).sorted().toList();
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  private static void deleteRecursively(Path path) {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
