package nl.coachplan.engineplugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;
import nl.coachplan.ProcessTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class EmbeddedQueryPlansTest extends ProcessTestSupport {

  @Autowired DataSource dataSource;

  /** The engine's read of one execution's variables, as its mapping sends it; H2 must look it up by execution. */
  @Test
  void anExecutionsVariablesAreFoundByTheirExecutionNotByScanningAllVariablesOutsideTasks() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      assumeTrue("H2".equals(connection.getMetaData().getDatabaseProductName()), "PostgreSQL plans with its own statistics");
    }
    try (Connection connection = dataSource.getConnection();
         PreparedStatement explain = connection.prepareStatement("EXPLAIN SELECT RES.* FROM ACT_RU_VARIABLE RES "
             + "LEFT JOIN ACT_RU_EXECUTION EXECUTION ON RES.EXECUTION_ID_ = EXECUTION.ID_ "
             + "WHERE EXECUTION_ID_ = ? AND TASK_ID_ IS NULL")) {
      explain.setString(1, "some-execution");
      try (ResultSet plan = explain.executeQuery()) {
        plan.next();
        assertThat(plan.getString(1)).contains("EXECUTION_ID_ = ?1 */").doesNotContain("ACT_IDX_VARIABLE_TASK_ID");
      }
    }
  }
}
