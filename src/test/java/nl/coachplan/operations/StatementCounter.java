package nl.coachplan.operations;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.QueryType;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.listener.QueryUtils;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the JDBC work of a block of code on the current thread: statements by kind and the rows
 * that inserts, updates and deletes wrote. The application's DataSource is wrapped (in tests that
 * import {@link Config}) by datasource-proxy, so the engine's MyBatis statements, JPA's and plain
 * JDBC's are all seen. Only the thread inside {@link #count} is counted: the job executor is off in
 * tests, and scheduled work on other threads (the mail outbox, the engine's metrics) stays out.
 *
 * <p>A JDBC batch counts each of its statements (one per parameter set), as the database runs each;
 * rows written are the update counts the driver reports (a batch's summed, an {@code execute()}'s read
 * from the statement).
 */
public final class StatementCounter implements QueryExecutionListener {

  /** The work of one block. */
  public record Counts(int selects, int inserts, int updates, int deletes, int others, long rowsWritten, List<String> sql) {

    public int statements() {
      return selects + inserts + updates + deletes + others;
    }
  }

  private static final class Tally {
    int selects;
    int inserts;
    int updates;
    int deletes;
    int others;
    long rows;
    final List<String> sql = new ArrayList<>();

    Counts counts() {
      return new Counts(selects, inserts, updates, deletes, others, rows, Collections.unmodifiableList(sql));
    }
  }

  private static final StatementCounter LISTENER = new StatementCounter();
  private static final ThreadLocal<Tally> CURRENT = new ThreadLocal<>();
  private static volatile boolean installed;

  private StatementCounter() {}

  /** The JDBC work {@code work} did on this thread. */
  public static Counts count(Runnable work) {
    return count(() -> {
      work.run();
      return null;
    }).counts();
  }

  /** The result of {@code work} with the JDBC work it did on this thread. */
  public static <T> Counted<T> count(Supplier<T> work) {
    if (!installed) {
      throw new IllegalStateException("No counted DataSource in this context: import StatementCounter.Config");
    }
    if (CURRENT.get() != null) {
      throw new IllegalStateException("Already counting on this thread");
    }
    Tally tally = new Tally();
    CURRENT.set(tally);
    try {
      T result = work.get();
      return new Counted<>(result, tally.counts());
    } finally {
      CURRENT.remove();
    }
  }

  public record Counted<T>(T result, Counts counts) {}

  @Override
  public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {}

  @Override
  public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
    Tally tally = CURRENT.get();
    if (tally == null) {
      return;
    }
    boolean writes = false;
    for (QueryInfo query : queries) {
      // A prepared statement's batch is one query with a parameter set per statement it runs.
      int times = execution.isBatch() ? Math.max(1, query.getParametersList().size()) : 1;
      QueryType type = QueryUtils.getQueryType(query.getQuery());
      switch (type) {
        case SELECT -> tally.selects += times;
        case INSERT -> tally.inserts += times;
        case UPDATE -> tally.updates += times;
        case DELETE -> tally.deletes += times;
        default -> tally.others += times;
      }
      writes |= type == QueryType.INSERT || type == QueryType.UPDATE || type == QueryType.DELETE;
      String text = QueryUtils.removeCommentAndWhiteSpace(query.getQuery());
      tally.sql.add(times == 1 ? text : times + " x " + text);
    }
    if (writes && execution.isSuccess()) {
      tally.rows += rowsWritten(execution);
    }
  }

  private static long rowsWritten(ExecutionInfo execution) {
    Object result = execution.getResult();
    if (result instanceof Integer count) {
      return Math.max(0, count);
    }
    if (result instanceof Long count) {
      return Math.max(0, count);
    }
    if (result instanceof int[] counts) {
      long sum = 0;
      for (int count : counts) {
        // SUCCESS_NO_INFO (-2): the driver ran it but did not say how many; H2 and PostgreSQL do say.
        sum += count == Statement.SUCCESS_NO_INFO ? 1 : Math.max(0, count);
      }
      return sum;
    }
    if (result instanceof long[] counts) {
      long sum = 0;
      for (long count : counts) {
        sum += count == Statement.SUCCESS_NO_INFO ? 1 : Math.max(0, count);
      }
      return sum;
    }
    if (Boolean.FALSE.equals(result)) {
      // execute() without a result set, as MyBatis runs the engine's writes: it reads the count next.
      try {
        return Math.max(0, execution.getStatement().getUpdateCount());
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot read the update count of a counted statement", e);
      }
    }
    return 0;
  }

  /** Wraps the application's DataSource so {@link StatementCounter#count} sees its statements. */
  @TestConfiguration(proxyBeanMethods = false)
  public static class Config {

    @Bean
    static BeanPostProcessor countedDataSource() {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
          if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
            installed = true;
            return ProxyDataSourceBuilder.create("counted-" + beanName, dataSource).listener(LISTENER).build();
          }
          return bean;
        }
      };
    }
  }
}
