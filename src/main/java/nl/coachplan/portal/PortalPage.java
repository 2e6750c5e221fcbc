package nl.coachplan.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.coachplan.dashboard.DashboardQueries;
import nl.coachplan.dashboard.Dashboards;
import nl.coachplan.dashboard.PlanRow;
import nl.coachplan.identity.AccessPolicy;
import nl.coachplan.identity.Viewer;
import nl.coachplan.referral.Referral;
import nl.coachplan.referral.ReferralStatus;
import nl.coachplan.referral.Referrals;
import nl.coachplan.tasks.TaskWork;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;

/**
 * The portal's start page. Organisations: their open tasks, their plans as aanvoerder and as speler,
 * and their aanbod with the referrals awaiting their answer. The wijkteam: the aanbod to search and
 * its referrals (it has no plans).
 */
@Controller
public class PortalPage {

  /** Plans per round shown; an organisation has a handful. */
  private static final int PLANS_PER_ROUND = 200;
  /** The wijkteam's latest referrals on its start page; all of them under /portaal/verwijzingen. */
  private static final int RECENT_REFERRALS = 5;

  private final TaskWork tasks;
  private final Dashboards dashboards;
  private final Referrals referrals;
  private final AccessPolicy policy;

  public PortalPage(TaskWork tasks, Dashboards dashboards, Referrals referrals, AccessPolicy policy) {
    this.tasks = tasks;
    this.dashboards = dashboards;
    this.referrals = referrals;
    this.policy = policy;
  }

  public record TaskLine(String id, String name, String reference, String created, String due, boolean overdue) {}

  public record PlanLine(String reference, String title, String role, String aanvoerderName, String stageLabel, String nextStep,
      String taskId, int roundYear) {}

  @GetMapping("/portaal")
  public String portal(@RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer, Model model) {
    List<TaskWork.OpenTask> open = tasks.open(viewer);
    java.time.Instant now = nl.coachplan.engine.ProcessValues.now();
    model.addAttribute("tasks", open.stream().map(t -> new TaskLine(t.id(), t.name(), t.reference(), Dates.moment(t.created()),
        Dates.day(t.due()), t.due() != null && t.due().isBefore(now))).toList());
    model.addAttribute("viewer", viewer);
    if (policy.mayRefer(viewer) && !policy.offersActivities(viewer)) {
      List<Referral> mine = referrals.ofViewer(viewer);
      model.addAttribute("wijkteam", true);
      model.addAttribute("referralCount", mine.size());
      model.addAttribute("awaitingCount", mine.stream().filter(r -> r.getStatus() == ReferralStatus.AWAITING).count());
      model.addAttribute("recentReferrals", mine.stream().limit(RECENT_REFERRALS).map(ReferralPages::line).toList());
      return "portal/home";
    }
    if (policy.offersActivities(viewer)) {
      model.addAttribute("provider", true);
      model.addAttribute("awaitingCount", referrals.ofViewer(viewer).stream().filter(r -> r.getStatus() == ReferralStatus.AWAITING)
          .count());
    }
    if (viewer.seesMunicipality() && viewer.organisationSlugs().isEmpty()) {
      model.addAttribute("staff", true);
      model.addAttribute("plans", List.of());
      return "portal/home";
    }
    Map<String, TaskWork.OpenTask> taskByPlan = open.stream().filter(t -> t.reference() != null)
        .collect(Collectors.toMap(TaskWork.OpenTask::reference, t -> t, (a, b) -> b));
    List<PlanLine> plans = new ArrayList<>();
    DashboardQueries.Filter all = new DashboardQueries.Filter(null, null);
    for (int year : dashboards.years()) {
      for (PlanRow row : dashboards.plans(year, all, viewer, 0, PLANS_PER_ROUND).getContent()) {
        TaskWork.OpenTask mine = taskByPlan.get(row.reference());
        plans.add(new PlanLine(row.reference(), row.title(),
            viewer.organisationSlugs().contains(row.aanvoerder()) ? "Aanvoerder" : "Speler", row.aanvoerderName(), row.stageLabel(),
            mine != null ? "Uw taak: " + mine.name() : NextSteps.waitingFor(row.stage()), mine == null ? null : mine.id(), year));
      }
    }
    model.addAttribute("plans", plans);
    return "portal/home";
  }
}
