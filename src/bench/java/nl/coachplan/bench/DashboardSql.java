package nl.coachplan.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The raw SQL a round's dashboard rests on, over plain JDBC on one connection: the figures, the
 * overdue tasks per party and the first page of plans with their contract years and latest report.
 * The dashboard endpoint is measured against this.
 */
final class DashboardSql {

  private static final String RUNNING = "'HIRING','ACTIVE','STRUCTURAL'";
  private static final String[] STATEMENTS = {
      "select id from funding_round where round_year = ?",
      "select stage, count(*), coalesce(sum(approved_fte), 0) from plan where round_id = ? group by stage",
      "select coalesce(sum(c.fte), 0) from contract c join plan p on p.id = c.plan_id where p.round_id = ? and c.status in ('ACTIVE','STRUCTURAL')",
      "select coalesce(sum(b.rijk_euro), 0), coalesce(sum(b.aanvoerder_euro), 0), coalesce(sum(b.spelers_euro), 0), "
          + "coalesce(sum(b.gemeente_euro), 0), coalesce(sum(b.in_kind_euro), 0), coalesce(sum(b.in_kind_hours_per_year), 0) "
          + "from budget b join plan p on p.id = b.plan_id where p.round_id = ? and p.stage in (" + RUNNING + ")",
  };

  private final Connection connection;
  private final int year;
  private final LocalDate today;

  DashboardSql(Connection connection, int year, LocalDate today) {
    this.connection = connection;
    this.year = year;
    this.today = today;
  }

  void run() {
    try {
      long round;
      try (PreparedStatement statement = connection.prepareStatement(STATEMENTS[0])) {
        statement.setInt(1, year);
        try (ResultSet rows = statement.executeQuery()) {
          rows.next();
          round = rows.getLong(1);
        }
      }
      for (int i = 1; i < STATEMENTS.length; i++) {
        try (PreparedStatement statement = connection.prepareStatement(STATEMENTS[i])) {
          statement.setLong(1, round);
          drain(statement);
        }
      }
      try (PreparedStatement statement = connection.prepareStatement("""
          select p.reference, p.title, co.name, c.contract_year, c.end_date from contract c join plan p on p.id = c.plan_id
          join coach co on co.id = c.coach_id where p.round_id = ? and c.status = 'ACTIVE' and c.end_date >= ? and c.end_date <= ?
          order by c.end_date, p.reference""")) {
        statement.setLong(1, round);
        statement.setDate(2, Date.valueOf(today));
        statement.setDate(3, Date.valueOf(today.plusDays(90)));
        drain(statement);
      }
      try (PreparedStatement statement = connection.prepareStatement("""
          select l.GROUP_ID_, count(distinct t.ID_) from ACT_RU_TASK t
          join ACT_RU_IDENTITYLINK l on l.TASK_ID_ = t.ID_ and l.TYPE_ = 'candidate'
          join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_
          where e.BUSINESS_KEY_ like ? and t.DUE_DATE_ < ? group by l.GROUP_ID_""")) {
        statement.setString(1, "P-" + year + "-%");
        statement.setTimestamp(2, Timestamp.valueOf(today.atStartOfDay()));
        drain(statement);
      }
      List<Long> ids = new ArrayList<>();
      try (PreparedStatement statement = connection.prepareStatement("""
          select p.id, p.reference, p.title, a.slug, a.name, p.stage, coalesce(p.approved_fte, p.requested_fte)
          from plan p join organisation a on a.id = p.aanvoerder_id where p.round_id = ? order by p.reference""")) {
        statement.setLong(1, round);
        statement.setMaxRows(50);
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            ids.add(rows.getLong(1));
          }
        }
      }
      if (!ids.isEmpty()) {
        String in = String.join(",", ids.stream().map(String::valueOf).toList());
        try (PreparedStatement statement = connection.prepareStatement("select c.plan_id, count(distinct c.contract_year), "
            + "count(distinct case when c.status = 'RENEWED' then c.contract_year end) from contract c where c.plan_id in (" + in
            + ") group by c.plan_id")) {
          drain(statement);
        }
        try (PreparedStatement statement = connection.prepareStatement("select c.plan_id, r.embedding_steps from year_report r "
            + "join contract c on c.id = r.contract_id where c.plan_id in (" + in + ") order by c.contract_year")) {
          drain(statement);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void drain(PreparedStatement statement) throws SQLException {
    try (ResultSet rows = statement.executeQuery()) {
      int columns = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        for (int i = 1; i <= columns; i++) {
          rows.getObject(i);
        }
      }
    }
  }
}
