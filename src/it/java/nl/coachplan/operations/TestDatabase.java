package nl.coachplan.operations;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh database for the nodes of one test, and plain JDBC to look at what they left in it. A node
 * runs in {@code home}, its working directory.
 */
record TestDatabase(String profile, String url, String user, String password, Path home) {

  /**
   * The embedded H2 file exactly as the default installation has it: the node gets no database
   * settings and opens {@code ./data/coachplan} in its own fresh working directory.
   */
  static TestDatabase h2(String name) {
    Path home = Path.of("target", "nodes", name + "-" + UUID.randomUUID()).toAbsolutePath();
    // No demo profile: no demo data and no demo users, as in production.
    return new TestDatabase("prod", "jdbc:h2:file:" + home.resolve("data/coachplan"), "sa", "", home);
  }

  /** The settings a node needs on top of its defaults to find this database. */
  List<String> nodeSettings() {
    if (profile.equals("prod")) {
      return List.of("--spring.profiles.active=prod");
    }
    return List.of("--spring.profiles.active=" + profile, "--spring.datasource.url=" + url,
        "--spring.datasource.username=" + user, "--spring.datasource.password=" + password);
  }

  static boolean postgresGiven() {
    return System.getenv("COACHPLAN_TEST_DB_URL") != null;
  }

  /**
   * A new PostgreSQL database next to the one in COACHPLAN_TEST_DB_URL (its user needs CREATEDB, as
   * {@code .ci/run} grants). Without that variable the test is skipped: there is no server to run on.
   */
  static TestDatabase postgres(String name) {
    Assumptions.assumeTrue(postgresGiven(), "COACHPLAN_TEST_DB_URL is not set: no PostgreSQL to run on");
    String base = System.getenv("COACHPLAN_TEST_DB_URL");
    String user = System.getenv().getOrDefault("COACHPLAN_TEST_DB_USER", "coachplan");
    String password = System.getenv().getOrDefault("COACHPLAN_TEST_DB_PASSWORD", "");
    String database = "coachplan_it_" + name;
    try (Connection connection = DriverManager.getConnection(base, user, password)) {
      connection.createStatement().execute("drop database if exists " + database + " with (force)");
      connection.createStatement().execute("create database " + database);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create " + database + " (does " + user + " have CREATEDB?)", e);
    }
    String url = base.substring(0, base.lastIndexOf('/') + 1) + database;
    return new TestDatabase("postgres", url, user, password,
        Path.of("target", "nodes", name + "-" + UUID.randomUUID()).toAbsolutePath());
  }

  long count(String sql, Object... parameters) {
    return Long.parseLong(strings(sql, parameters).get(0));
  }

  List<String> strings(String sql, Object... parameters) {
    try (Connection connection = DriverManager.getConnection(url, user, password);
        PreparedStatement statement = prepare(connection, sql, parameters);
        ResultSet rows = statement.executeQuery()) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  int update(String sql, Object... parameters) {
    try (Connection connection = DriverManager.getConnection(url, user, password);
        PreparedStatement statement = prepare(connection, sql, parameters)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
    return statement;
  }
}
