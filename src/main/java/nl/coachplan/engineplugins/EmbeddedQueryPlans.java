package nl.coachplan.engineplugins;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Tells H2 what its statistics cannot know on a new database: most of the engine's variables belong
 * to no task.
 *
 * <p>The engine reads an execution's variables with {@code EXECUTION_ID_ = ? AND TASK_ID_ IS NULL}.
 * Until H2 has analyzed a table it rates every column alike, and for that query it then chose the
 * index on {@code TASK_ID_}: it read every variable outside a task in the country and kept those of
 * the one execution. H2 keeps a connection's plans (our {@code QUERY_CACHE_SIZE}), so a plan made
 * on a young database stayed while the database grew: a fifth of the processor time of generating
 * the benchmark's quick scale on H2. A selectivity of 1 (a value repeats about a hundred times) is
 * what {@code TASK_ID_} has in every database that has run a while; H2's own analysis replaces it
 * with the measured one. PostgreSQL keeps real statistics and is left alone.
 */
@Component
public class EmbeddedQueryPlans extends AbstractProcessEnginePlugin {

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    try (Connection connection = configuration.getDataSource().getConnection()) {
      if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
        return;
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute("ALTER TABLE " + configuration.getDatabaseTablePrefix() + "ACT_RU_VARIABLE ALTER COLUMN TASK_ID_ SELECTIVITY 1");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot give H2 the shape of the engine's variables: " + e.getMessage(), e);
    }
  }
}
