package nl.coachplan.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Which overdue tasks were already reminded about (one reminder per task). */
@Component
class TaskReminderLog {

  private final NamedParameterJdbcTemplate jdbc;

  TaskReminderLog(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Set<String> reminded(Collection<String> taskIds) {
    if (taskIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(jdbc.queryForList("select task_id from task_reminder where task_id in (:ids)",
        new MapSqlParameterSource("ids", taskIds), String.class));
  }

  void remember(String taskId, Instant at) {
    jdbc.update("insert into task_reminder (task_id, reminded_at) values (:id, :at)",
        new MapSqlParameterSource("id", taskId).addValue("at", Timestamp.from(at)));
  }
}
