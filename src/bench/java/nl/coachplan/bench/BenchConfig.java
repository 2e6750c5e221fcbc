package nl.coachplan.bench;

import java.util.Locale;

/**
 * The benchmark's scale and database, from system properties {@code bench.scale} (smoke, quick,
 * default) and {@code bench.db} (h2, postgres).
 *
 * <p>The default scale is one installation carrying the country: 20,000 plans over ten yearly
 * rounds (2017–2026) and 60,000 contract years, with a thousand organisations as aanvoerders and spelers.
 * Its deadline rush is a year's national plans (2,000) from 50 clients at once.
 */
record BenchConfig(String scale, String db, int plans, int contractYears, int firstRound, int lastRound,
    int organisations, int workers, int submissions, int clients, int samples, int bareTasks, int rushPlans, int rushClients) {

  static final int CURRENT_ROUND = 2026;

  static BenchConfig fromSystemProperties() {
    return of(System.getProperty("bench.scale", "default"), System.getProperty("bench.db", "h2"));
  }

  static BenchConfig of(String scale, String db) {
    String database = db.toLowerCase(Locale.ROOT);
    if (!database.equals("h2") && !database.equals("postgres")) {
      throw new IllegalArgumentException("bench.db is h2 or postgres, not " + db);
    }
    return switch (scale.toLowerCase(Locale.ROOT)) {
      case "smoke" -> new BenchConfig("smoke", database, 60, 40, 2024, CURRENT_ROUND, 30, 2, 30, 2, 20, 60, 60, 10);
      case "quick" -> new BenchConfig("quick", database, 1_000, 3_000, 2017, CURRENT_ROUND, 100, 2, 300, 4, 200, 1_000, 500, 50);
      case "default" -> new BenchConfig("default", database, 20_000, 60_000, 2017, CURRENT_ROUND, 1_000, 2, 1_000, 4, 300, 3_000, 2_000, 50);
      default -> throw new IllegalArgumentException("bench.scale is smoke, quick or default, not " + scale);
    };
  }

  int rounds() {
    return lastRound - firstRound + 1;
  }
}
