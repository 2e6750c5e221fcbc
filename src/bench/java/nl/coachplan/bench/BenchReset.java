package nl.coachplan.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;

/**
 * Takes away what measuring added to a generated database, so that each run with {@code bench.reuse}
 * (or {@code bench.copy}) measures the database as it was generated: the plans of the round after the
 * last generated one (where the submissions and the deadline rush put theirs) with their plan-intake
 * instances and history, and the bare engine's unfinished instances. Without it every run added some
 * 4 500 plans with their open tasks, and the lists were measured on an ever larger database.
 */
final class BenchReset {

  private static final int BATCH = 500;

  private BenchReset() {
  }

  static Map<String, Object> run(ProcessEngine engine, BenchDatabase database, int measuredRound) {
    long start = System.nanoTime();
    Map<String, Object> result = new LinkedHashMap<>();
    RuntimeService runtime = engine.getRuntimeService();
    result.put("plans", delete(engine, () -> runtime.createProcessInstanceQuery()
        .processInstanceBusinessKeyLike("P-" + measuredRound + "-%")));
    result.put("bareInstances", delete(engine, () -> runtime.createProcessInstanceQuery().processDefinitionKey("bench-one-task")));
    result.put("caseFileRows", deleteCaseFiles(database, measuredRound));
    result.put("seconds", Math.round((System.nanoTime() - start) / 1e8) / 10.0);
    System.out.printf("Removed what earlier measuring added: %s%n", result);
    return result;
  }

  /** The instances the query finds, with their history, a batch a transaction. */
  private static long delete(ProcessEngine engine, java.util.function.Supplier<ProcessInstanceQuery> query) {
    HistoryService history = engine.getHistoryService();
    long deleted = 0;
    while (true) {
      List<String> ids = query.get().listPage(0, BATCH).stream().map(ProcessInstance::getId).toList();
      if (ids.isEmpty()) {
        return deleted;
      }
      engine.getRuntimeService().deleteProcessInstances(ids, "benchmark reset", true, true, true);
      history.deleteHistoricProcessInstancesIfExists(ids);
      deleted += ids.size();
    }
  }

  /** The plans of the measured round and every row naming one of them; the round numbers from 1 again. */
  private static long deleteCaseFiles(BenchDatabase database, int measuredRound) {
    try (Connection connection = database.connect()) {
      connection.setAutoCommit(false);
      String plans = "select p.id from plan p join funding_round r on r.id = p.round_id where r.round_year = " + measuredRound;
      long rows = 0;
      for (String table : tablesWithPlanId(connection)) {
        rows += update(connection, "delete from " + table + " where plan_id in (" + plans + ")");
      }
      rows += update(connection, "delete from idempotency_key where reference like 'P-" + measuredRound + "-%'");
      rows += update(connection, "delete from plan where id in (" + plans + ")");
      update(connection, "update funding_round set last_plan_number = 0 where round_year = " + measuredRound);
      connection.commit();
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("Removing the measured plans failed: " + e.getMessage(), e);
    }
  }

  private static List<String> tablesWithPlanId(Connection connection) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet columns = connection.getMetaData().getColumns(null, null, "%", "%")) {
      while (columns.next()) {
        String table = columns.getString("TABLE_NAME");
        String schema = columns.getString("TABLE_SCHEM");
        if (columns.getString("COLUMN_NAME").equalsIgnoreCase("plan_id") && !"INFORMATION_SCHEMA".equalsIgnoreCase(schema)
            && !"pg_catalog".equalsIgnoreCase(schema)) {
          tables.add(table.toLowerCase());
        }
      }
    }
    return tables;
  }

  private static int update(Connection connection, String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      return statement.executeUpdate();
    }
  }
}
