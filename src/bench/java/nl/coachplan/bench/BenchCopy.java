package nl.coachplan.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Copies a generated database into an empty H2 file of the same schema: every table, row for row,
 * columns matched by name. The embedded H2 writes each commit to its file and generates the
 * default scale at 50 to 85 engine transactions a second, longer than PostgreSQL takes; the copy
 * lets H2 be measured at the default scale on exactly the cases PostgreSQL generated.
 */
final class BenchCopy {

  private static final int BATCH = 2_000;

  private BenchCopy() {}

  /** Rows copied. The target's own rows (its first start's deployments, users) are replaced. */
  static long copy(BenchDatabase from, BenchDatabase to) {
    long copied = 0;
    // A bulk load: the target need not write each batch to its file before the next (no WRITE_DELAY=0).
    try (Connection source = from.connect();
        Connection target = DriverManager.getConnection(to.url().replace(";WRITE_DELAY=0", ""), to.user(), to.password())) {
      source.setAutoCommit(false);
      source.setReadOnly(true);
      target.setAutoCommit(false);
      Set<String> sourceTables = tables(source);
      try (Statement statement = target.createStatement()) {
        statement.execute("SET REFERENTIAL_INTEGRITY FALSE");
      }
      for (String table : tables(target)) {
        if (table.equals("flyway_schema_history")) {
          continue;
        }
        if (!sourceTables.contains(table)) {
          throw new IllegalStateException("The copy's source has no table " + table + "; are both at the same version?");
        }
        try (Statement statement = target.createStatement()) {
          statement.execute("DELETE FROM \"" + table.toUpperCase(Locale.ROOT) + "\"");
        }
        copied += copyTable(source, target, table);
        target.commit();
      }
      try (Statement statement = target.createStatement()) {
        statement.execute("SET REFERENTIAL_INTEGRITY TRUE");
        restartIdentities(target, statement);
      }
      target.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("Copying " + from.url() + " into " + to.url() + " failed: " + e.getMessage(), e);
    }
    return copied;
  }

  private static long copyTable(Connection source, Connection target, String table) throws SQLException {
    // Quoted: H2 keeps names upper case, PostgreSQL lower case, and either may call a column a keyword.
    List<String> columns = columns(target, table);
    String targetList = String.join(", ", columns.stream().map(c -> '"' + c.toUpperCase(Locale.ROOT) + '"').toList());
    String sourceList = String.join(", ", columns.stream().map(c -> '"' + c + '"').toList());
    String marks = String.join(", ", columns.stream().map(c -> "?").toList());
    long rows = 0;
    try (Statement read = source.createStatement(); PreparedStatement write = target.prepareStatement(
        "INSERT INTO \"" + table.toUpperCase(Locale.ROOT) + "\" (" + targetList + ") VALUES (" + marks + ")")) {
      read.setFetchSize(BATCH);
      try (ResultSet result = read.executeQuery("SELECT " + sourceList + " FROM \"" + table + "\"")) {
        while (result.next()) {
          for (int i = 1; i <= columns.size(); i++) {
            write.setObject(i, result.getObject(i));
          }
          write.addBatch();
          if (++rows % BATCH == 0) {
            write.executeBatch();
            target.commit();
          }
        }
      }
      write.executeBatch();
    }
    return rows;
  }

  /** Lower-case names of the tables in the schema the connection works in. */
  private static Set<String> tables(Connection connection) throws SQLException {
    Set<String> tables = new TreeSet<>();
    try (ResultSet result = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
      while (result.next()) {
        tables.add(result.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return tables;
  }

  private static List<String> columns(Connection connection, String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (ResultSet result = connection.getMetaData().getColumns(null, connection.getSchema(), table.toUpperCase(Locale.ROOT), "%")) {
      while (result.next()) {
        columns.add(result.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return columns;
  }

  /** Identity columns go on after the highest id copied, as they would have after generating. */
  private static void restartIdentities(Connection target, Statement statement) throws SQLException {
    List<String[]> identities = new ArrayList<>();
    try (ResultSet result = statement.executeQuery("SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS "
        + "WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND IS_IDENTITY = 'YES'")) {
      while (result.next()) {
        identities.add(new String[] {result.getString(1), result.getString(2)});
      }
    }
    for (String[] identity : identities) {
      long next;
      String table = '"' + identity[0] + '"';
      String column = '"' + identity[1] + '"';
      try (ResultSet result = statement.executeQuery("SELECT COALESCE(MAX(" + column + "), 0) + 1 FROM " + table)) {
        result.next();
        next = result.getLong(1);
      }
      statement.execute("ALTER TABLE " + table + " ALTER COLUMN " + column + " RESTART WITH " + next);
    }
  }
}
