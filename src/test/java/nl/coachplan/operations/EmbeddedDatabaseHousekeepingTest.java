package nl.coachplan.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database stays about the size of its data however many commits it takes. */
class EmbeddedDatabaseHousekeepingTest {

  private static final int COMMITS = 20_000;

  @TempDir
  Path home;

  @Test
  void withHousekeepingTheFileStaysSmallAndKeepsEveryCommit() throws Exception {
    long without = fileAfterCommits("without", false);
    long with = fileAfterCommits("with", true);

    assertThat(with).as("file with housekeeping, against %d bytes without", without).isLessThan(without / 3);
    try (Connection connection = dataSource("with", "").getConnection(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select count(*), sum(version) from steps")) {
      rows.next();
      assertThat(rows.getInt(1)).isEqualTo(100);
      assertThat(rows.getLong(2)).as("every update survived a close and reopen").isEqualTo(COMMITS);
    }
  }

  @Test
  void onlyASynchronouslyWrittenH2FileIsLookedAfter() throws SQLException {
    assertThat(EmbeddedDatabaseHousekeeping.fileStoreWithoutWriter(dataSource("plain", ";WRITE_DELAY=0"))).isPresent();
    // H2's own background writer runs there, housekeeping included.
    assertThat(EmbeddedDatabaseHousekeeping.fileStoreWithoutWriter(dataSource("delayed", ""))).isEmpty();
    JdbcDataSource memory = new JdbcDataSource();
    memory.setURL("jdbc:h2:mem:housekeeping-test");
    assertThat(EmbeddedDatabaseHousekeeping.fileStoreWithoutWriter(memory)).isEmpty();
  }

  /** Many small transactions, as the engine makes them: each rewrites a few pages of a table and its index. */
  private long fileAfterCommits(String name, boolean housekeeping) throws Exception {
    JdbcDataSource dataSource = dataSource(name, ";WRITE_DELAY=0");
    try (Connection connection = dataSource.getConnection()) {
      Optional<MVStore> store = EmbeddedDatabaseHousekeeping.fileStoreWithoutWriter(dataSource);
      EmbeddedDatabaseHousekeeping keeper = new EmbeddedDatabaseHousekeeping(housekeeping ? store : Optional.empty(),
          Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofMillis(300));
      try (Statement statement = connection.createStatement()) {
        statement.execute("create table steps(id int primary key, version int, note varchar(200))");
        statement.execute("create index steps_note on steps(note)");
        statement.execute("insert into steps select x, 0, 'stap ' || x from system_range(1, 100)");
      }
      connection.setAutoCommit(false);
      try (PreparedStatement update = connection.prepareStatement("update steps set version = version + 1, note = ? where id = ?")) {
        for (int i = 0; i < COMMITS; i++) {
          update.setString(1, "stap " + i + " ".repeat(i % 150));
          update.setInt(2, 1 + i % 100);
          update.executeUpdate();
          connection.commit();
        }
      }
      Thread.sleep(500);
      long size = Files.size(home.resolve(name + ".mv.db"));
      keeper.destroy();
      return size;
    }
  }

  private JdbcDataSource dataSource(String name, String settings) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:file:" + home.resolve(name) + settings);
    dataSource.setUser("sa");
    return dataSource;
  }
}
