package nl.coachplan.operations;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Keeps the embedded H2 file from growing with every commit.
 *
 * <p>The default URL has {@code WRITE_DELAY=0}, so that a commit is in the file before it is
 * acknowledged (a killed process loses nothing). H2 then starts no background writer, and that
 * writer is also what frees and rewrites old chunks: without it the file grew by about half a
 * megabyte per engine transaction (H2 issue #442; 10.8 GB after the quick benchmark). This runs
 * H2's own housekeeping on a thread of ours instead, and lets freed space be reused after
 * {@link #RETENTION} rather than H2's 45 seconds. H2 keeps old chunks that long because it assumes
 * the operating system has written them to disk by then; this class makes that true by syncing the
 * file every {@link #SYNC_EVERY}, well inside the retention.
 *
 * <p>Does nothing on PostgreSQL, on an in-memory H2, or when a delay is configured.
 */
@Component
public class EmbeddedDatabaseHousekeeping implements DisposableBean {

  static final Duration HOUSEKEEPING_EVERY = Duration.ofMillis(100);
  static final Duration SYNC_EVERY = Duration.ofSeconds(1);
  static final Duration RETENTION = Duration.ofSeconds(5);

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabaseHousekeeping.class);

  private final ScheduledExecutorService thread;

  @Autowired
  public EmbeddedDatabaseHousekeeping(DataSource dataSource) {
    this(fileStoreWithoutWriter(dataSource), HOUSEKEEPING_EVERY, SYNC_EVERY, RETENTION);
  }

  EmbeddedDatabaseHousekeeping(Optional<MVStore> store, Duration every, Duration syncEvery, Duration retention) {
    if (store.isEmpty()) {
      thread = null;
      return;
    }
    MVStore mvStore = store.get();
    Method housekeeping = housekeepingOf(mvStore.getFileStore());
    mvStore.setRetentionTime((int) retention.toMillis());
    thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread t = new Thread(runnable, "h2-housekeeping");
      t.setDaemon(true);
      return t;
    });
    thread.scheduleWithFixedDelay(() -> run(() -> housekeeping.invoke(mvStore.getFileStore(), mvStore), mvStore),
        every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    thread.scheduleWithFixedDelay(() -> run(() -> {
      mvStore.sync();
      return null;
    }, mvStore), syncEvery.toMillis(), syncEvery.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The store of an embedded H2 file that commits synchronously, if that is what the data source is. */
  static Optional<MVStore> fileStoreWithoutWriter(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      if (!connection.isWrapperFor(JdbcConnection.class)
          || !(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
        return Optional.empty();
      }
      var store = session.getDatabase().getStore();
      if (store == null || store.getMvStore().getFileStore() == null
          || !session.getDatabase().isPersistent() || store.getMvStore().getAutoCommitDelay() > 0) {
        return Optional.empty();
      }
      return Optional.of(store.getMvStore());
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot open the database to look at its kind: " + e.getMessage(), e);
    }
  }

  /** H2's background writer calls this; it is not public, and an H2 upgrade that renames it must fail here. */
  private static Method housekeepingOf(FileStore<?> fileStore) {
    for (Class<?> type = fileStore.getClass(); type != null; type = type.getSuperclass()) {
      for (Method method : type.getDeclaredMethods()) {
        if (method.getName().equals("doHousekeeping") && method.getParameterCount() == 1
            && method.getParameterTypes()[0] == MVStore.class) {
          method.setAccessible(true);
          return method;
        }
      }
    }
    throw new IllegalStateException("This H2 version has no FileStore.doHousekeeping(MVStore); "
        + "the embedded database would grow with every commit. Check EmbeddedDatabaseHousekeeping against H2's "
        + "background writer (FileStore.writeInBackground).");
  }

  private interface Step {
    Object run() throws Exception;
  }

  private static void run(Step step, MVStore store) {
    if (store.isClosed()) {
      return;
    }
    try {
      step.run();
    } catch (InvocationTargetException e) {
      warn(store, e.getCause());
    } catch (Exception e) {
      warn(store, e);
    }
  }

  private static void warn(MVStore store, Throwable e) {
    // Closing the database while a step runs is normal at shutdown; anything else is worth a line.
    if (!store.isClosed()) {
      LOG.warn("Housekeeping of the embedded database failed; it will be tried again: {}", e.toString());
    }
  }

  @Override
  public void destroy() throws InterruptedException {
    if (thread != null) {
      thread.shutdown();
      thread.awaitTermination(5, TimeUnit.SECONDS);
    }
  }
}
