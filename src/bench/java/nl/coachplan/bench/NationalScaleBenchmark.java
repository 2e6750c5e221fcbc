package nl.coachplan.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import nl.coachplan.CoachplanApplication;
import nl.coachplan.organisation.Sector;
import nl.coachplan.planintake.PlanForms.ContributionRow;
import nl.coachplan.planintake.PlanForms.Submission;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The national-scale benchmark: generates ten years of cases through the real processes, then
 * measures what users feel, each next to the bare engine or the raw SQL on the same database.
 *
 * <p>{@code ./mvnw -Pbench verify -Dbench.scale=default -Dbench.db=h2} (or {@code postgres}); the
 * table is printed and written as JSON under {@code target/bench/}.
 */
@Tag("benchmark")
class NationalScaleBenchmark {

  static final String ADMIN = "beheer";
  static final String ADMIN_PASSWORD = "bench-beheer-2026";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Test
  void nationalScale() {
    run(BenchConfig.fromSystemProperties(), Boolean.getBoolean("bench.reuse"), Boolean.getBoolean("bench.copy"));
  }

  static Map<String, Object> run(BenchConfig config) {
    return run(config, false, false);
  }

  /**
   * Runs every measurement and returns the report that was printed and written. With {@code reuse}
   * the database an earlier run generated at this scale is measured again, and that run's generation
   * figures are carried over (generating the default scale takes one and a half hours). With
   * {@code copy} (H2 only) the H2 file is filled with the cases the last PostgreSQL run at this scale
   * generated ({@link BenchCopy}); generation on H2 is then not measured.
   */
  static Map<String, Object> run(BenchConfig config, boolean reuse, boolean copy) {
    if (copy && (reuse || !config.db().equals("h2"))) {
      throw new IllegalArgumentException("bench.copy fills a fresh H2 file from PostgreSQL: use it with bench.db=h2, without bench.reuse");
    }
    HeapWatch heap = HeapWatch.start();
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("scale", config.scale());
    report.put("database", config.db());
    report.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    report.put("cores", Runtime.getRuntime().availableProcessors());

    Map<String, Object> earlierGeneration = reuse ? earlierGeneration(config) : copy ? copiedGeneration(config) : null;
    BenchDatabase database = reuse ? BenchDatabase.existing(config.db(), config.scale()) : BenchDatabase.fresh(config.db(), config.scale());
    List<String> organisations = organisations(config.organisations());
    if (copy) {
      // The schema as the application makes it, then PostgreSQL's cases in place of its first rows.
      start(database, organisations).close();
      long copyStart = System.nanoTime();
      long rows = BenchCopy.copy(BenchDatabase.existing("postgres", config.scale()), database);
      Map<String, Object> copied = new LinkedHashMap<>();
      copied.put("rows", rows);
      copied.put("seconds", round((System.nanoTime() - copyStart) / 1e9));
      report.put("copiedFromPostgres", copied);
      System.out.printf("Copied from PostgreSQL: %s%n", copied);
    }
    ConfigurableApplicationContext app = start(database, organisations);
    try {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      engine.getRepositoryService().createDeployment().name("benchmark").enableDuplicateFiltering(false)
          .addClasspathResource("bench/bench-one-task.bpmn").deploy();

      // 1. Ten years of cases, through the application's own services and processes.
      if (reuse || copy) {
        report.put("generation", earlierGeneration);
        System.out.printf("Measuring the database generated earlier: %s%n", earlierGeneration);
        report.put("reset", BenchReset.run(database, config.lastRound() + 1));
      } else {
        DataGenerator generator = new DataGenerator(config, engine, organisations);
        generator.users();
        List<DataGenerator.Script> scripts = generator.scripts();
        long start = System.nanoTime();
        generator.generate(scripts);
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Object> generation = new LinkedHashMap<>();
        generation.put("plans", generator.plansWritten);
        generation.put("contractYears", generator.contractYears.get());
        generation.put("engineTransactions", generator.transactions.get());
        generation.put("taskCompletions", generator.taskCompletions.get());
        generation.put("seconds", round(seconds));
        generation.put("transactionsPerSecond", round(generator.transactions.get() / seconds));
        generation.put("transactionsPerSecondByYear", generator.transactionsPerSecondByYear);
        generation.put("bareCompletionsPerSecond", round(bareCompletions(engine, config)));
        generation.put("ratio", ratio(generation.get("transactionsPerSecond"), generation.get("bareCompletionsPerSecond")));
        generation.put("counts", counts(database));
        report.put("generation", generation);
        System.out.printf("Generated %s in %.0f s%n", generation, seconds);
        generator.openCurrentRound(config.lastRound() + 1);
      }
    } finally {
      app.close();
    }

    // 2. A bulk load of ten years leaves the database as no day of use does: let it settle as it
    //    would (H2 compacts its file, PostgreSQL vacuums and analyses), then start again and measure.
    report.put("settle", settle(database));
    long restart = System.nanoTime();
    app = start(database, organisations);
    report.put("restartAtScaleMs", Math.round((System.nanoTime() - restart) / 1e6));
    try {
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      BenchHttp http = new BenchHttp(port);

      // 3. Plan submissions through our API against bare starts through engine-rest, same clients.
      report.put("submissions", submissions(http, config, organisations, database));

      // 3b. The deadline rush: a year's plans from many clients at once, each answered exactly once.
      report.put("deadlineRush", deadlineRush(http, config, organisations, database));

      // 4. Task lists as the Tasklist asks for them, with authorization on.
      report.put("taskLists", taskLists(http, config, database));

      // 5. The dashboard against the SQL it rests on; the case file page.
      report.put("dashboard", dashboard(http, config, database));
      report.put("caseFile", caseFile(http, config, database));
    } finally {
      app.close();
    }
    report.put("peakHeapMb", heap.stop());
    report.put("startup", startup(config));
    report.put("targets", targets(report));
    write(report, config);
    return report;
  }

  /** The generation figures of the run that made the database being measured again. */
  private static Map<String, Object> earlierGeneration(BenchConfig config) {
    Map<String, Object> generation = new LinkedHashMap<>(generationReported(config,
        "bench.reuse measures the database of an earlier run", "run once without bench.reuse"));
    generation.put("fromEarlierRun", true);
    return generation;
  }

  /** What the PostgreSQL run generated; its rates belong to PostgreSQL, so they are not carried over. */
  private static Map<String, Object> copiedGeneration(BenchConfig config) {
    Map<String, Object> generated = generationReported(BenchConfig.of(config.scale(), "postgres"),
        "bench.copy copies the database of the last PostgreSQL run at this scale", "run -Dbench.db=postgres first");
    Map<String, Object> generation = new LinkedHashMap<>();
    for (String key : List.of("plans", "contractYears", "engineTransactions", "taskCompletions")) {
      generation.put(key, generated.get(key));
    }
    generation.put("copiedFromPostgres", true);
    return generation;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> generationReported(BenchConfig config, String why, String remedy) {
    Path file = reportFile(config);
    if (!Files.exists(file)) {
      throw new IllegalStateException(why + ", but " + file.toAbsolutePath() + " (its report) is missing: " + remedy);
    }
    try {
      return (Map<String, Object>) JSON.readValue(file.toFile(), Map.class).get("generation");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** H2: SHUTDOWN COMPACT (as a restart after a bulk load would allow); PostgreSQL: VACUUM ANALYZE. */
  private static Map<String, Object> settle(BenchDatabase database) {
    Map<String, Object> result = new LinkedHashMap<>();
    long start = System.nanoTime();
    try (Connection connection = database.connect(); java.sql.Statement statement = connection.createStatement()) {
      if (database.kind().equals("h2")) {
        Path file = database.home().resolve("coachplan.mv.db");
        result.put("fileMbBefore", Files.size(file) >> 20);
        statement.execute("SHUTDOWN COMPACT");
        result.put("fileMbAfter", Files.size(file) >> 20);
      } else {
        connection.setAutoCommit(true);
        statement.execute("VACUUM ANALYZE");
        try (ResultSet size = statement.executeQuery("select pg_database_size(current_database())")) {
          size.next();
          result.put("databaseMb", size.getLong(1) >> 20);
        }
      }
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("Settling the database failed: " + e.getMessage(), e);
    }
    result.put("seconds", round((System.nanoTime() - start) / 1e9));
    return result;
  }

  private static ConfigurableApplicationContext start(BenchDatabase database, List<String> organisations) {
    List<String> args = new ArrayList<>(List.of("--server.port=0",
        "--spring.profiles.active=bench" + (database.kind().equals("postgres") ? ",postgres" : ""),
        "--camunda.bpm.admin-user.id=" + ADMIN, "--camunda.bpm.admin-user.password=" + ADMIN_PASSWORD,
        // The generator fires the timers itself, on the phase's date; an executor would race it.
        "--camunda.bpm.job-execution.enabled=false",
        // Its clients submit as fast as the application takes them: that is what it measures.
        "--coachplan.write-limit.burst=1000000", "--coachplan.write-limit.per-minute=1000000",
        // The same municipality at every run, so a database measured again (bench.reuse) is found again.
        "--coachplan.municipality.code=GM0342", "--coachplan.municipality.name=Soest",
        "--logging.level.org.camunda=WARN", "--logging.level.org.springframework=WARN", "--logging.level.org.hibernate=WARN"));
    database.springProperties().forEach((key, value) -> {
      if (!key.equals("spring.profiles.active")) {
        args.add("--" + key + "=" + value);
      }
    });
    Sector[] sectors = Sector.values();
    for (int i = 0; i < organisations.size(); i++) {
      String slug = organisations.get(i);
      args.add("--coachplan.organisations[" + i + "].slug=" + slug);
      args.add("--coachplan.organisations[" + i + "].name=" + name(slug));
      args.add("--coachplan.organisations[" + i + "].sector=" + (i == 0 ? Sector.GEMEENTE : sectors[1 + i % (sectors.length - 1)]));
    }
    return new SpringApplicationBuilder(CoachplanApplication.class).run(args.toArray(String[]::new));
  }

  /** The gemeente first; then sports clubs, welfare, care, schools and the like across the country. */
  static List<String> organisations(int count) {
    List<String> slugs = new ArrayList<>(List.of("gemeente"));
    String[] kinds = {"vereniging", "welzijn", "zorg", "school", "kinderopvang", "cultuur", "werk"};
    for (int i = 1; slugs.size() < count; i++) {
      slugs.add(kinds[i % kinds.length] + "-" + String.format("%04d", i));
    }
    return slugs;
  }

  private static String name(String slug) {
    return switch (slug.replaceAll("-\\d+$", "")) {
      case "gemeente" -> "Gemeente";
      case "vereniging" -> "Sportvereniging " + slug.replaceAll("\\D", "");
      case "welzijn" -> "Welzijnsstichting " + slug.replaceAll("\\D", "");
      case "zorg" -> "Zorgaanbieder " + slug.replaceAll("\\D", "");
      case "school" -> "Basisschool " + slug.replaceAll("\\D", "");
      case "kinderopvang" -> "Kinderopvang " + slug.replaceAll("\\D", "");
      case "cultuur" -> "Cultuurcentrum " + slug.replaceAll("\\D", "");
      default -> "Werkbedrijf " + slug.replaceAll("\\D", "");
    };
  }

  /** The engine's own rate: a one-user-task process's tasks completed by plain service calls, same threads. */
  private static double bareCompletions(ProcessEngine engine, BenchConfig config) {
    for (int i = 0; i < config.bareTasks(); i++) {
      engine.getRuntimeService().startProcessInstanceByKey("bench-one-task", "bench-" + i);
    }
    List<String> ids = engine.getTaskService().createTaskQuery().processDefinitionKey("bench-one-task").unlimitedList().stream()
        .map(Task::getId).toList();
    return BenchHttp.throughput(config.workers(), ids.size(), i -> engine.getTaskService().complete(ids.get(i)));
  }

  /** A plan as the portal posts it to {@code POST /api/v1/plans}, from the plan form's record: 0.5 fte, one paying speler. */
  private static String planBody(int year, String title, String speler) {
    try {
      return PLAN_JSON.writeValueAsString(new Submission(year, title, null, "Inwoners in beweging brengen met partners in de wijk.",
          List.of("youth"), List.of("neighbourhood"), new BigDecimal("0.5"), "buurtsportcoach", BigDecimal.valueOf(15000),
          List.of(new ContributionRow(speler, "money", BigDecimal.valueOf(3000), null, "Bijdrage")), null));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final ObjectMapper PLAN_JSON = JsonMapper.builder().serializationInclusion(JsonInclude.Include.NON_NULL).build();

  private static Map<String, Object> submissions(BenchHttp http, BenchConfig config, List<String> organisations,
      BenchDatabase database) {
    int year = config.lastRound() + 1;
    AtomicLong sequence = new AtomicLong();
    java.util.function.IntConsumer ours = i -> {
      String aanvoerder = organisations.get(1 + (int) (sequence.incrementAndGet() % (organisations.size() - 1)));
      String speler = organisations.get(1 + (organisations.indexOf(aanvoerder) % (organisations.size() - 1)));
      String body = planBody(year, "Beweegcoach in de wijk", speler);
      http.expect(201, "POST", "/api/v1/plans", aanvoerder, aanvoerder + DataGenerator.PASSWORD_SUFFIX, body,
          Map.of("Idempotency-Key", "bench-" + sequence.get() + "-" + System.nanoTime()));
    };
    java.util.function.IntConsumer bare = i -> http.expect(200, "POST", "/engine-rest/process-definition/key/bench-one-task/start",
        ADMIN, ADMIN_PASSWORD, "{\"businessKey\": \"bare-" + i + "-" + System.nanoTime() + "\"}", Map.of());
    // Warm both paths, then measure each with the same clients, in turns: whichever ran second would
    // otherwise find the JIT and the database's cache warmed by the other (bare starts measured after
    // ours ran up to twice as fast on PostgreSQL as when measured first).
    BenchHttp.throughput(config.clients(), 50, ours);
    BenchHttp.throughput(config.clients(), 50, bare);
    int turns = 5;
    int perTurn = config.submissions() / turns;
    double oursSeconds = 0;
    double bareSeconds = 0;
    long rowsOurs = 0;
    long rowsBare = 0;
    for (int turn = 0; turn < turns; turn++) {
      // What each writes explains the ratio: rows added to all tables per request (counted in the first turn).
      long before = turn == 0 ? rowsInAllTables(database) : 0;
      oursSeconds += perTurn / BenchHttp.throughput(config.clients(), perTurn, ours);
      long between = turn == 0 ? rowsInAllTables(database) : 0;
      bareSeconds += perTurn / BenchHttp.throughput(config.clients(), perTurn, bare);
      if (turn == 0) {
        rowsOurs = between - before;
        rowsBare = rowsInAllTables(database) - between;
      }
    }
    double oursRate = perTurn * turns / oursSeconds;
    double bareRate = perTurn * turns / bareSeconds;
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("requests", perTurn * turns);
    result.put("clients", config.clients());
    result.put("perSecond", round(oursRate));
    result.put("bareStartsPerSecond", round(bareRate));
    result.put("ratio", ratio(oursRate, bareRate));
    result.put("rowsPerSubmission", Math.round(rowsOurs / (double) perTurn));
    result.put("rowsPerBareStart", Math.round(rowsBare / (double) perTurn));
    return result;
  }

  /** At most so many unmeasured rushes before the measured one. */
  private static final int MAX_WARM_UP_ROUNDS = 6;

  /**
   * A year's plans arrive in the last hours before the call closes: many clients submit at once,
   * and a client that gets no answer sends the same plan again with the same Idempotency-Key, as
   * the portal and well-behaved clients do. Every plan must be answered, none lost, none doubled.
   */
  private static Map<String, Object> deadlineRush(BenchHttp http, BenchConfig config, List<String> organisations,
      BenchDatabase database) {
    int year = config.lastRound() + 1;
    String run = Long.toString(System.nanoTime(), 36);
    int plans = config.rushPlans();
    // A deadline meets a server that has been up for days, not one just started: rushes of as many
    // plans first, unmeasured, until one is no more than 5 % faster than the one before (the JIT has
    // then compiled the submission's path; a single one left a fifth of the rate to warming up).
    List<Double> warmUp = new ArrayList<>();
    for (int round = 1; round <= MAX_WARM_UP_ROUNDS; round++) {
      String prefix = "Opwarmen " + run + "-" + round + "-";
      double rate = BenchHttp.throughput(config.rushClients(), plans, i ->
          submitRushPlan(http, organisations, i, planBody(year, prefix + i, rushSpeler(organisations, i)), Map.of()));
      warmUp.add(round(rate));
      System.out.printf("Deadline rush, warming up: %s plans a second%n", warmUp);
      if (round > 1 && rate < warmUp.get(round - 2) * 1.05) {
        break;
      }
    }
    double[] ms = new double[plans];
    int[] tries = new int[plans];
    boolean[] answered = new boolean[plans];
    java.util.concurrent.ConcurrentHashMap<String, Integer> refused = new java.util.concurrent.ConcurrentHashMap<>();
    double perSecond = BenchHttp.throughput(config.rushClients(), plans, i -> {
      String body = planBody(year, "Deadline " + run + "-" + i, rushSpeler(organisations, i));
      Map<String, String> key = Map.of("Idempotency-Key", "rush-" + run + "-" + i);
      long start = System.nanoTime();
      for (int attempt = 1; attempt <= 5 && !answered[i]; attempt++) {
        tries[i] = attempt;
        BenchHttp.Answer answer;
        try {
          answer = submitRushPlan(http, organisations, i, body, key);
        } catch (IllegalStateException noAnswer) {
          refused.merge("no answer", 1, Integer::sum);
          continue;
        }
        if (answer.status() == 201 || answer.status() == 200) {
          answered[i] = true;
        } else {
          refused.merge(Integer.toString(answer.status()), 1, Integer::sum);
          if (answer.status() < 500 && answer.status() != 409 && answer.status() != 429) {
            break; // refused for what it says: sending it again would not help
          }
          pause(200L * attempt);
        }
      }
      ms[i] = (System.nanoTime() - start) / 1e6;
    });
    long answeredCount = 0;
    long retried = 0;
    for (int i = 0; i < plans; i++) {
      answeredCount += answered[i] ? 1 : 0;
      retried += tries[i] > 1 ? 1 : 0;
    }
    long[] stored = storedRushPlans(database, "Deadline " + run + "-%");
    BenchHttp.Latency latency = BenchHttp.Latency.of(ms);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("plans", plans);
    result.put("clients", config.rushClients());
    result.put("answered", answeredCount);
    result.put("retried", retried);
    result.put("refusals", new java.util.TreeMap<>(refused));
    result.put("stored", stored[0]);
    result.put("distinct", stored[1]);
    result.put("withOneIntake", stored[2]);
    result.put("lost", plans - stored[1]);
    result.put("doubled", stored[0] - stored[1]);
    result.put("perSecond", round(perSecond));
    result.put("warmUpPerSecond", warmUp);
    result.put("p50Ms", latency.p50());
    result.put("p95Ms", latency.p95());
    System.out.printf("Deadline rush: %s%n", result);
    return result;
  }

  /** The rush's i-th plan, sent by its aanvoerder: the organisations take turns (the first is the municipality). */
  private static BenchHttp.Answer submitRushPlan(BenchHttp http, List<String> organisations, int i, String body,
      Map<String, String> headers) {
    String aanvoerder = organisations.get(1 + i % (organisations.size() - 1));
    return http.send("POST", "/api/v1/plans", aanvoerder, aanvoerder + DataGenerator.PASSWORD_SUFFIX, body, headers);
  }

  /** The speler of the rush's i-th plan: the next organisation after its aanvoerder. */
  private static String rushSpeler(List<String> organisations, int i) {
    return organisations.get(1 + (i + 1) % (organisations.size() - 1));
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Plans with these titles: all rows, distinct titles, and those with exactly one plan-intake instance. */
  private static long[] storedRushPlans(BenchDatabase database, String titlePattern) {
    String sql = "select count(*), count(distinct p.title), sum(case when (select count(*) from act_hi_procinst h"
        + " where h.business_key_ = p.reference and h.proc_def_key_ = 'plan-intake') = 1 then 1 else 0 end)"
        + " from plan p where p.title like ?";
    try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, titlePattern);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return new long[] {rows.getLong(1), rows.getLong(2), rows.getLong(3)};
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> taskLists(BenchHttp http, BenchConfig config, BenchDatabase database) {
    Map<String, Object> result = new LinkedHashMap<>();
    String speler = busiestOrganisation(database);
    result.put("coordinator", taskList(http, config, "coordinator", "Coördinator"));
    result.put("speler", portalTaskList(http, config, speler));
    ((Map<String, Object>) result.get("speler")).put("user", speler);
    return result;
  }

  /** The portal's request: the organisation's open tasks through our task API (organisations do not reach the engine). */
  private static Map<String, Object> portalTaskList(BenchHttp http, BenchConfig config, String user) {
    String password = user + DataGenerator.PASSWORD_SUFFIX;
    JsonNode tasks = read(http.expect(200, "GET", "/api/v1/tasks", user, password, null, Map.of()).body());
    BenchHttp.Latency latency = BenchHttp.latency(20, config.samples(),
        () -> http.expect(200, "GET", "/api/v1/tasks", user, password, null, Map.of()));
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("openTasksVisible", (long) tasks.size());
    result.put("p50Ms", latency.p50());
    result.put("p95Ms", latency.p95());
    return result;
  }

  /** The Tasklist's request: the filter's first page, HAL with the filter's variables, newest first. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> taskList(BenchHttp http, BenchConfig config, String user, String filterName) {
    String password = user + DataGenerator.PASSWORD_SUFFIX;
    JsonNode filters = read(http.expect(200, "GET", "/engine-rest/filter?resourceType=Task&maxResults=100", user, password, null, Map.of()).body());
    String filterId = null;
    for (JsonNode filter : filters) {
      if (filter.path("name").asText().equals(filterName)) {
        filterId = filter.path("id").asText();
      }
    }
    if (filterId == null) {
      throw new IllegalStateException(user + " cannot read the filter " + filterName);
    }
    String path = "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15";
    String body = "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";
    Map<String, String> hal = Map.of("Accept", "application/hal+json");
    JsonNode page = read(http.expect(200, "POST", path, user, password, body, hal).body());
    BenchHttp.Latency latency = BenchHttp.latency(20, config.samples(), () -> http.expect(200, "POST", path, user, password, body, hal));
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("openTasksVisible", page.path("count").asLong());
    result.put("p50Ms", latency.p50());
    result.put("p95Ms", latency.p95());
    return result;
  }

  private static String busiestOrganisation(BenchDatabase database) {
    String sql = """
        select l.GROUP_ID_, count(*) from ACT_RU_IDENTITYLINK l
        where l.TASK_ID_ is not null and l.GROUP_ID_ like 'org-%' group by l.GROUP_ID_ order by count(*) desc""";
    try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      return rows.next() ? rows.getString(1).substring("org-".length()) : "gemeente";
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> dashboard(BenchHttp http, BenchConfig config, BenchDatabase database) {
    int year = config.lastRound();
    String path = "/api/v1/rounds/" + year + "/dashboard";
    // The manager's browser: signed in once, then the session (no password check per request).
    String session = http.signIn("manager", "manager" + DataGenerator.PASSWORD_SUFFIX);
    JsonNode board = read(http.get(path, session).body());
    BenchHttp.Latency api = BenchHttp.latency(20, config.samples(), () -> http.get(path, session));
    BenchHttp.Latency sql;
    try (Connection connection = database.connect()) {
      DashboardSql raw = new DashboardSql(connection, year, LocalDate.now());
      sql = BenchHttp.latency(20, config.samples(), raw::run);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("round", year);
    result.put("plansInRound", board.path("planCount").isMissingNode() ? board.path("plans").size() : board.path("planCount").asLong());
    result.put("plansInAnswer", board.path("plans").size());
    result.put("p50Ms", api.p50());
    result.put("p95Ms", api.p95());
    result.put("rawSqlP50Ms", sql.p50());
    result.put("rawSqlP95Ms", sql.p95());
    result.put("ratioP50", ratio(api.p50(), sql.p50()));
    return result;
  }

  /** The case file page of the plans with the longest road (most contract years). */
  private static Map<String, Object> caseFile(BenchHttp http, BenchConfig config, BenchDatabase database) {
    List<String> references = new ArrayList<>();
    String sql = """
        select p.reference from plan p join contract c on c.plan_id = p.id
        group by p.reference order by count(*) desc, p.reference fetch first 25 rows only""";
    try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        references.add(rows.getString(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    AtomicLong next = new AtomicLong();
    String session = http.signIn("manager", "manager" + DataGenerator.PASSWORD_SUFFIX);
    BenchHttp.Latency page = BenchHttp.latency(10, config.samples(),
        () -> http.get("/cases/" + references.get((int) (next.getAndIncrement() % references.size())), session));
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("plans", references.size());
    result.put("p50Ms", page.p50());
    result.put("p95Ms", page.p95());
    return result;
  }

  /** Time to ready and heap after start, ours against a bare Camunda Spring Boot application, fresh databases. */
  private static Map<String, Object> startup(BenchConfig config) {
    Map<String, Object> result = new LinkedHashMap<>();
    BenchDatabase oursDb = BenchDatabase.fresh(config.db(), "startup-ours");
    BenchDatabase bareDb = BenchDatabase.fresh(config.db(), "startup-bare");
    StartupProbe.Result ours = StartupProbe.ours(oursDb.home(), oursDb.arguments());
    StartupProbe.Result bare = StartupProbe.bare(bareDb.home(), bareDb.arguments().stream()
        .filter(a -> !a.startsWith("--spring.profiles.active")).toList());
    result.put("readyMs", ours.readyMillis());
    result.put("bareReadyMs", bare.readyMillis());
    result.put("heapAfterStartMb", ours.heapUsedAfterReadyMb());
    result.put("bareHeapAfterStartMb", bare.heapUsedAfterReadyMb());
    return result;
  }

  /**
   * What counts as met. The ratios against the bare engine are reported beside, as figures: the
   * yardsticks moved more between runs on one machine than the gap they would judge.
   */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> targets(Map<String, Object> report) {
    Map<String, Object> rush = (Map<String, Object>) report.get("deadlineRush");
    Map<String, Object> lists = (Map<String, Object>) report.get("taskLists");
    Map<String, Object> caseFile = (Map<String, Object>) report.get("caseFile");
    Map<String, Object> targets = new LinkedHashMap<>();
    targets.put("deadline rush: every plan answered, none lost or doubled",
        (long) rush.get("answered") == (int) rush.get("plans") && (long) rush.get("lost") == 0 && (long) rush.get("doubled") == 0
            && (long) rush.get("withOneIntake") == (int) rush.get("plans"));
    targets.put("deadline rush p95 < 1 s", (double) rush.get("p95Ms") < 1000);
    targets.put("coordinator task list p95 <= 100 ms", (double) ((Map<String, Object>) lists.get("coordinator")).get("p95Ms") <= 100);
    targets.put("speler task list p95 <= 100 ms", (double) ((Map<String, Object>) lists.get("speler")).get("p95Ms") <= 100);
    targets.put("case file p95 <= 100 ms", (double) caseFile.get("p95Ms") <= 100);
    targets.put("peak heap within 512 MB", (long) report.get("peakHeapMb") <= 512);
    return targets;
  }

  private static Map<String, Long> counts(BenchDatabase database) {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection connection = database.connect()) {
      for (String table : List.of("plan", "contract", "year_report", "ACT_RU_TASK", "ACT_HI_TASKINST", "ACT_HI_PROCINST",
          "ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_RU_AUTHORIZATION", "ACT_RU_JOB")) {
        try (PreparedStatement statement = connection.prepareStatement("select count(*) from " + table);
            ResultSet rows = statement.executeQuery()) {
          rows.next();
          counts.put(table.toLowerCase(), rows.getLong(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return counts;
  }

  /** The rows of every table of the schema (ours and the engine's). */
  private static long rowsInAllTables(BenchDatabase database) {
    long total = 0;
    try (Connection connection = database.connect()) {
      List<String> tables = new java.util.ArrayList<>();
      String schema = database.kind().equals("h2") ? "PUBLIC" : "public";
      try (ResultSet found = connection.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
        while (found.next()) {
          tables.add(found.getString("TABLE_NAME"));
        }
      }
      for (String table : tables) {
        try (PreparedStatement statement = connection.prepareStatement("select count(*) from \"" + table + "\"");
            ResultSet rows = statement.executeQuery()) {
          rows.next();
          total += rows.getLong(1);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return total;
  }

  private static Path reportFile(BenchConfig config) {
    return Path.of("target", "bench", config.db() + "-" + config.scale() + ".json");
  }

  private static void write(Map<String, Object> report, BenchConfig config) {
    Path file = reportFile(config);
    try {
      Files.createDirectories(file.getParent());
      JSON.writeValue(file.toFile(), report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.println(BenchTable.render(report));
    System.out.println("Written to " + file.toAbsolutePath());
  }

  private static JsonNode read(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  private static double ratio(Object ours, Object bare) {
    return Math.round(((Number) ours).doubleValue() / ((Number) bare).doubleValue() * 1000) / 1000.0;
  }

  /** Samples the heap in use every 50 ms; the peak of the whole run. */
  static final class HeapWatch {
    private volatile boolean running = true;
    private volatile long peak;
    private final Thread thread;

    private HeapWatch() {
      thread = new Thread(() -> {
        while (running) {
          peak = Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
          try {
            Thread.sleep(50);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "heap-watch");
      thread.setDaemon(true);
    }

    static HeapWatch start() {
      HeapWatch watch = new HeapWatch();
      watch.thread.start();
      return watch;
    }

    long stop() {
      running = false;
      return peak / (1024 * 1024);
    }
  }
}
