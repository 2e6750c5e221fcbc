package nl.coachplan.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes away what measuring added to a generated database, so that each run with {@code bench.reuse}
 * (or {@code bench.copy}) measures the database as it was generated: the plans of the round after the
 * last generated one (where the submissions and the deadline rush put theirs) with their plan-intake
 * instances and history, and the bare engine's unfinished instances. Without it every run added some
 * 4 500 plans with their open tasks, and the lists were measured on an ever larger database.
 */
final class BenchReset {

  private BenchReset() {
  }

  static Map<String, Object> run(BenchDatabase database, int measuredRound) {
    long start = System.nanoTime();
    Map<String, Object> result = new LinkedHashMap<>();
    try (Connection connection = database.connect()) {
      connection.setAutoCommit(false);
      result.put("instances", deleteInstances(connection, database, measuredRound));
      connection.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("Removing the measured instances failed: " + e.getMessage(), e);
    }
    result.put("caseFileRows", deleteCaseFiles(database, measuredRound));
    result.put("seconds", Math.round((System.nanoTime() - start) / 1e8) / 10.0);
    System.out.printf("Removed what earlier measuring added: %s%n", result);
    return result;
  }

  /**
   * The measured round's plan-intake instances and the bare engine's unfinished ones, runtime and
   * history, in one statement a table: the engine's API deletes one instance at a time, some eleven a
   * second here, and earlier runs had left 25 000. These are the engine's own tables, so this is the
   * benchmark's tool only, run before the application measures anything.
   */
  private static long deleteInstances(Connection connection, BenchDatabase database, int measuredRound) throws SQLException {
    String measured = "BUSINESS_KEY_ like 'P-" + measuredRound + "-%' or (PROC_DEF_KEY_ = 'bench-one-task' and END_TIME_ is null)";
    String ids = "select ID_ from ACT_HI_PROCINST where " + measured;
    String tasks = "select ID_ from ACT_RU_TASK where PROC_INST_ID_ in (" + ids + ")";
    boolean h2 = database.kind().equals("h2");
    if (h2) {
      // H2 checks each row's references at once; an execution's parent may go before its child.
      update(connection, "SET REFERENTIAL_INTEGRITY FALSE");
    }
    long instances;
    try (java.sql.Statement statement = connection.createStatement();
        ResultSet count = statement.executeQuery("select count(*) from (" + ids + ") i")) {
      count.next();
      instances = count.getLong(1);
    }
    update(connection, "delete from ACT_RU_IDENTITYLINK where TASK_ID_ in (" + tasks + ")");
    update(connection, "delete from ACT_RU_AUTHORIZATION where RESOURCE_ID_ in (" + tasks + ") or RESOURCE_ID_ in (" + ids + ")");
    update(connection, "delete from ACT_GE_BYTEARRAY where ID_ in (select BYTEARRAY_ID_ from ACT_RU_VARIABLE where PROC_INST_ID_ in ("
        + ids + ")) or ID_ in (select EXCEPTION_STACK_ID_ from ACT_RU_JOB where PROCESS_INSTANCE_ID_ in (" + ids + "))");
    for (String table : List.of("ACT_RU_VARIABLE", "ACT_RU_EVENT_SUBSCR", "ACT_RU_INCIDENT", "ACT_RU_TASK")) {
      update(connection, "delete from " + table + " where PROC_INST_ID_ in (" + ids + ")");
    }
    update(connection, "delete from ACT_RU_JOB where PROCESS_INSTANCE_ID_ in (" + ids + ")");
    update(connection, "delete from ACT_RU_EXECUTION where PROC_INST_ID_ in (" + ids + ")");
    update(connection, "delete from ACT_GE_BYTEARRAY where ROOT_PROC_INST_ID_ in (" + ids + ")");
    for (String table : List.of("ACT_HI_ACTINST", "ACT_HI_TASKINST", "ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_HI_IDENTITYLINK",
        "ACT_HI_OP_LOG", "ACT_HI_JOB_LOG", "ACT_HI_INCIDENT", "ACT_HI_COMMENT")) {
      update(connection, "delete from " + table + " where ROOT_PROC_INST_ID_ in (" + ids + ")");
    }
    // Not by the subquery over itself: H2 evaluates that again for every row.
    update(connection, "delete from ACT_HI_PROCINST where " + measured);
    if (h2) {
      update(connection, "SET REFERENTIAL_INTEGRITY TRUE");
    }
    return instances;
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
