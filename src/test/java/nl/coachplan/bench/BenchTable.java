package nl.coachplan.bench;

import java.util.Map;

/** The benchmark's report as the table the README shows. */
final class BenchTable {

  private BenchTable() {}

  @SuppressWarnings("unchecked")
  static String render(Map<String, Object> report) {
    Map<String, Object> g = (Map<String, Object>) report.get("generation");
    Map<String, Object> s = (Map<String, Object>) report.get("submissions");
    Map<String, Object> lists = (Map<String, Object>) report.get("taskLists");
    Map<String, Object> c = (Map<String, Object>) lists.get("coordinator");
    Map<String, Object> p = (Map<String, Object>) lists.get("speler");
    Map<String, Object> d = (Map<String, Object>) report.get("dashboard");
    Map<String, Object> f = (Map<String, Object>) report.get("caseFile");
    Map<String, Object> st = (Map<String, Object>) report.get("startup");
    StringBuilder out = new StringBuilder();
    out.append(String.format("%nCoachplan benchmark: scale %s on %s (%s cores, max heap %s MB)%n", report.get("scale"),
        report.get("database"), report.get("cores"), report.get("maxHeapMb")));
    out.append(String.format("Data: %s plans, %s contract years, %s engine transactions in %s s%n", g.get("plans"),
        g.get("contractYears"), g.get("engineTransactions"), g.get("seconds")));
    out.append("| Measure | Coachplan | Yardstick | Ratio / target |\n|---|---|---|---|\n");
    row(out, "Plan submissions (POST /api/v1/plans, " + s.get("clients") + " clients)",
        s.get("perSecond") + " /s, " + s.get("rowsPerSubmission") + " rows each",
        s.get("bareStartsPerSecond") + " /s bare start, " + s.get("rowsPerBareStart") + " rows each", s.get("ratio") + " (≥ 0,5)");
    row(out, "Data generation (engine transactions)", g.get("transactionsPerSecond") + " /s",
        g.get("bareCompletionsPerSecond") + " /s bare completion", g.get("ratio") + " (≥ 0,5)");
    row(out, "Coordinator task list (" + c.get("openTasksVisible") + " tasks)", "p50 " + c.get("p50Ms") + " ms, p95 " + c.get("p95Ms") + " ms",
        "", "p95 ≤ 100 ms");
    row(out, "Speler task list (" + p.get("openTasksVisible") + " tasks)", "p50 " + p.get("p50Ms") + " ms, p95 " + p.get("p95Ms") + " ms",
        "", "p95 ≤ 100 ms");
    row(out, "Dashboard (round " + d.get("round") + ", " + d.get("plansInRound") + " plans)", "p50 " + d.get("p50Ms") + " ms, p95 "
        + d.get("p95Ms") + " ms", "raw SQL p50 " + d.get("rawSqlP50Ms") + " ms", d.get("ratioP50") + " (≤ 2)");
    row(out, "Case file page", "p50 " + f.get("p50Ms") + " ms, p95 " + f.get("p95Ms") + " ms", "", "p95 ≤ 100 ms");
    row(out, "Start to ready (empty database, own JVM)", st.get("readyMs") + " ms", st.get("bareReadyMs") + " ms bare", "");
    row(out, "Restart on the generated database (in the benchmark's JVM)", report.get("restartAtScaleMs") + " ms", "", "");
    row(out, "Heap", "after start " + st.get("heapAfterStartMb") + " MB; peak of run " + report.get("peakHeapMb") + " MB",
        "after start " + st.get("bareHeapAfterStartMb") + " MB bare", "≤ 512 MB");
    out.append("Settled after generation: ").append(report.get("settle")).append('\n');
    out.append("Targets: ").append(report.get("targets")).append('\n');
    return out.toString();
  }

  private static void row(StringBuilder out, String measure, Object ours, Object yardstick, Object target) {
    out.append("| ").append(measure).append(" | ").append(ours).append(" | ").append(yardstick).append(" | ").append(target).append(" |\n");
  }
}
