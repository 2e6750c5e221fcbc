package nl.coachplan.casefile;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.coachplan.coachhiring.Contract;
import nl.coachplan.coachhiring.Hiring;
import nl.coachplan.coachhiring.PostKeys;
import nl.coachplan.contractrenewal.EmbeddingSteps;
import nl.coachplan.contractrenewal.Renewals;
import nl.coachplan.contractrenewal.YearReports;
import nl.coachplan.contractrenewal.YearReport;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.identity.People;
import nl.coachplan.identity.Viewer;
import nl.coachplan.planintake.Codes;
import nl.coachplan.planintake.Plan;
import nl.coachplan.planintake.PlanRepository;
import nl.coachplan.planintake.Plans;
import nl.coachplan.planintake.Post;
import nl.coachplan.validation.NotFound;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles a plan's case file from the case tables and the engine's history, for those who may see it. */
@Service
@Transactional(readOnly = true)
public class CaseFiles {

  private static final List<String> SHOWN_ACTIVITIES = List.of("userTask", "serviceTask", "businessRuleTask", "startEvent",
      "noneEndEvent", "messageEndEvent", "intermediateTimer", "boundaryTimer");

  /** The access policy holds no state; the static visibility check needs it without a bean. */
  private static final nl.coachplan.identity.AccessPolicy POLICY = new nl.coachplan.identity.AccessPolicy();

  private final PlanRepository planRepository;
  private final Plans plans;
  private final Hiring hiring;
  private final Renewals renewals;
  private final YearReports yearReports;
  private final HistoryService history;
  private final TaskService tasks;
  private final RepositoryService repository;
  private final People people;

  public CaseFiles(PlanRepository planRepository, Plans plans, Hiring hiring, Renewals renewals, YearReports yearReports,
      HistoryService history, TaskService tasks, RepositoryService repository, People people) {
    this.people = people;
    this.planRepository = planRepository;
    this.plans = plans;
    this.hiring = hiring;
    this.renewals = renewals;
    this.yearReports = yearReports;
    this.history = history;
    this.tasks = tasks;
    this.repository = repository;
  }

  /** The plan, if the viewer may see it: the municipality's roles, its aanvoerder and its spelers. Else 404. */
  public Plan visiblePlan(String reference, Viewer viewer) {
    Plan plan = planRepository.findByReference(reference).orElse(null);
    if (plan == null || !visible(plan, viewer)) {
      throw new NotFound("Er is geen plan " + reference + " dat u mag inzien.");
    }
    return plan;
  }

  static boolean visible(Plan plan, Viewer viewer) {
    return POLICY.seesCase(viewer, plan.parties());
  }

  public CaseFile caseFile(String reference, Viewer viewer) {
    Plan plan = visiblePlan(reference, viewer);
    List<Contract> contracts = hiring.contracts(plan);
    var reviewRecords = plans.reviews(plan);
    var versionRecords = plans.versions(plan);
    // Every person named in the case at once: the identity is asked once per person, not per row.
    List<String> userIds = new ArrayList<>();
    reviewRecords.forEach(r -> userIds.add(r.getRecordedBy()));
    versionRecords.forEach(v -> userIds.add(v.getRecordedBy()));
    contracts.forEach(c -> userIds.add(c.getDecidedBy()));
    List<Post> posts = plans.posts(plan);
    Map<String, String> keys = caseKeys(plan.getReference(), posts, contracts);
    List<Step> steps = steps(keys);
    steps.forEach(step -> userIds.add(step.who()));
    Map<String, String> names = people.names(userIds);

    var contributions = plan.getContributions().stream().map(c -> new CaseFile.ContributionView(c.getOrganisation().getName(),
        Codes.CONTRIBUTION_KINDS.getOrDefault(c.getKind(), c.getKind()), c.getAmountEuro(), c.getHoursPerYear(), c.getDescription(),
        c.getStatus().name(), c.getStatus().label(), c.getConfirmedAmountEuro(), c.getConfirmedHoursPerYear(), c.getRemark(),
        c.getAnsweredAt())).toList();
    var profile = plans.profileOf(plan).map(p -> new CaseFile.ProfileView(
        Codes.profileLabel(p.getProfileType()), p.getLocalTitle(),
        posts.stream().map(Post::getHoursPerWeek).reduce(BigDecimal.ZERO, BigDecimal::add),
        p.getCompetencies().stream().map(c -> Codes.COMPETENCIES.getOrDefault(c, c)).toList(), p.getTasks(),
        p.getTrainingAdvice())).orElse(null);
    var budget = plans.budget(plan).map(b -> new CaseFile.BudgetView(b.getSalaryScale(), b.getAnnualCostPerFte(), b.getOtherCostsEuro(),
        b.getFte(), b.getTotalCostEuro(), b.getRijkEuro(), b.getAanvoerderEuro(), b.getSpelersEuro(), b.getGemeenteEuro(),
        b.getInKindEuro(), b.getInKindHoursPerYear(), b.getLocalEuro(), b.isSound())).orElse(null);
    var reviews = reviewRecords.stream().map(r -> new CaseFile.ReviewView(r.getKind().name(), kindLabel(r.getKind().name()),
        r.getOutcome(), Decisions.label(r.getOutcome()), r.getRemarks(), r.getTips(), r.getPolicyGoals(), r.getAttendees(),
        r.getReviewDate(), r.getApprovedFte(), r.getRecordedBy(), nameOf(names, r.getRecordedBy()), r.getRecordedAt())).toList();
    var vacancies = hiring.vacancies(plan).stream().map(v -> new CaseFile.VacancyView(v.getPost().getNumber(), v.getAttempt(),
        v.getClosingDate(), v.isInternalCandidateRoute(), v.getOutcome(), Decisions.label(v.getOutcome()), v.getRemarks())).toList();
    var contractViews = contracts.stream().map(c -> new CaseFile.ContractView(c.getPost().getNumber(), c.getContractYear(),
        c.getStartDate(), c.getEndDate(), c.getHoursPerWeek(), c.getFte(), c.getStatus().name(), c.getStatus().label(), c.getAdvice(),
        Decisions.label(c.getAdvice()), c.getAdviceReason(), c.getDecision(), Decisions.label(c.getDecision()), c.getDecisionRemarks(),
        c.getDecidedBy(), nameOf(names, c.getDecidedBy()), c.getDecidedAt())).toList();
    List<CaseFile.YearReportView> reports = yearReports.of(contracts).stream()
        .sorted(Comparator.comparingInt((YearReport r) -> r.getContract().getPost().getNumber())
            .thenComparingInt(r -> r.getContract().getContractYear()))
        .map(r -> report(r.getContract(), r)).toList();
    Map<Long, CaseFile.CoachView> coaches = new HashMap<>();
    hiring.coaches(plan).forEach(c -> coaches.put(c.getPost().getId(), new CaseFile.CoachView(c.getName(), c.isTrainee())));
    Map<Long, Contract> current = new HashMap<>();
    contracts.forEach(c -> current.put(c.getPost().getId(), c));
    Map<Long, CaseFile.StructuralView> structural = new HashMap<>();
    renewals.structuralFunding(plan).forEach(s -> structural.put(s.getPost().getId(),
        new CaseFile.StructuralView(s.isPermanentContract(), s.getFundingSource(), s.getEffectiveDate())));
    var postViews = posts.stream().map(p -> {
      Contract contract = current.get(p.getId());
      return new CaseFile.PostView(p.getNumber(), p.getTitle(), p.getHoursPerWeek(), p.getFullTimeHours(), p.getFte(), coaches.get(p.getId()),
          contract == null ? null : contract.getStatus().name(), contract == null ? "Nog geen coach" : contract.getStatus().label(),
          structural.get(p.getId()));
    }).toList();
    CaseFile.PostView first = postViews.isEmpty() ? null : postViews.get(0);
    var versions = versionRecords.stream().map(v -> new CaseFile.VersionView(v.getNumber(), v.getRecordedBy(),
        nameOf(names, v.getRecordedBy()), v.getRecordedAt(), v.text())).toList();
    return new CaseFile(plan.getReference(), plan.getTitle(), plan.getRound().getYear(), plan.getAanvoerder().getSlug(),
        plan.getAanvoerder().getName(), plan.getStage().name(), plan.getStage().label(), plan.getGoals(),
        plan.getTargetGroups().stream().map(g -> Codes.TARGET_GROUPS.getOrDefault(g, g)).toList(),
        plan.getSettings().stream().map(s -> Codes.SETTINGS.getOrDefault(s, s)).toList(), plan.getRequestedFte(), plan.getApprovedFte(),
        Codes.profileLabel(plan.getProfileType()), plan.getAanvoerderContributionEuro(),
        plan.getSubmittedAt(), plan.getDecidedAt(), contributions, profile, budget, reviews, postViews, vacancies,
        first == null ? null : first.coach(), contractViews, reports, first == null ? null : first.structuralFunding(), versions,
        timeline(plan.getReference(), posts.size() > 1, steps, reviews, contracts, keys, names),
        openTasks(keys.keySet().toArray(String[]::new), viewer),
        plan.getOutcomes().stream().map(o -> new CaseFile.OutcomeView(o.getOutcome(), o.label(), o.getMeasure())).toList(),
        plan.getWijken().stream().map(w -> new CaseFile.WijkView(w.getCode(), w.getName())).toList());
  }

  private static String nameOf(Map<String, String> names, String userId) {
    return userId == null ? null : names.getOrDefault(userId, userId);
  }

  private static CaseFile.YearReportView report(Contract contract, YearReport r) {
    return new CaseFile.YearReportView(contract.getPost().getNumber(), contract.getContractYear(), r.getParticipantsReached(), r.ladderStart(), r.ladderEnd(),
        Math.round(r.ladderRise() * 100) / 100.0, r.getHighlights(), r.getSpentEuro(), r.isWantsStructural(), r.getEmbeddingSteps(),
        r.getEmbeddingSteps().stream().map(s -> EmbeddingSteps.LABELS.getOrDefault(s, s)).toList(), r.isLadderApplies(),
        r.getOutcomes().stream().map(o -> new CaseFile.OutcomeResultView(o.getOutcome(), o.label(), o.getMeasure(), o.getResultText(),
            o.getResultNumber())).toList(), r.getStories(),
        r.getPhotos().stream().map(p -> new CaseFile.PhotoView(p.getUrl(), p.getCaption())).toList());
  }

  private static String kindLabel(String kind) {
    return switch (kind) {
      case "SCREENING" -> "Screening";
      case "JOINT_REVIEW" -> "Gezamenlijke bespreking";
      case "BUDGET_REVIEW" -> "Beoordeling profiel en begroting";
      case "WITHDRAWAL" -> "Intrekking";
      default -> kind;
    };
  }

  /** The step whose form records a decision of this kind in the case file. */
  private static String stepOf(String reviewKind) {
    return switch (reviewKind) {
      case "SCREENING" -> "screenPlan";
      case "JOINT_REVIEW" -> "jointReview";
      case "BUDGET_REVIEW" -> "approveProfileAndBudget";
      case "WITHDRAWAL" -> "withdrawPlan";
      default -> null;
    };
  }

  /**
   * The business keys of the case, each with what the timeline adds to its process's name: intake
   * has the plan's reference; hiring and contract years are the posts' ({@link PostKeys}). Exact
   * keys, not a LIKE: PostgreSQL cannot use the key's index for a prefix.
   */
  private static Map<String, String> caseKeys(String reference, List<Post> posts, List<Contract> contracts) {
    boolean several = posts.size() > 1;
    Map<String, String> keys = new LinkedHashMap<>();
    keys.put(reference, "");
    posts.forEach(p -> keys.put(PostKeys.hiring(p, several), several ? " (post " + p.getNumber() + ")" : ""));
    contracts.forEach(c -> keys.put(PostKeys.contractYear(c.getPost(), c.getContractYear(), several),
        several ? " (post " + c.getPost().getNumber() + ", jaar " + c.getContractYear() + ")" : " (jaar " + c.getContractYear() + ")"));
    return keys;
  }

  /** A finished step of the case in the engine's history, in the order it happened. */
  private record Step(Instant at, long order, String businessKey, String process, String activityId, String name, String who) {}

  private List<Step> steps(Map<String, String> keys) {
    List<Step> steps = new ArrayList<>();
    Map<String, String> processNames = new HashMap<>();
    for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKeyIn(keys.keySet().toArray(String[]::new)).unlimitedList()) {
      String process = processNames.computeIfAbsent(instance.getProcessDefinitionId(),
          id -> repository.getProcessDefinition(id).getName()) + keys.get(instance.getBusinessKey());
      Map<String, String> completedBy = new HashMap<>();
      for (UserOperationLogEntry entry : history.createUserOperationLogQuery().processInstanceId(instance.getId())
          .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).unlimitedList()) {
        if (entry.getTaskId() != null && entry.getUserId() != null) {
          completedBy.put(entry.getTaskId(), entry.getUserId());
        }
      }
      long order = 0;
      for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
          .finished().orderPartiallyByOccurrence().asc().unlimitedList()) {
        order++;
        if (!SHOWN_ACTIVITIES.contains(activity.getActivityType()) || activity.getActivityName() == null) {
          continue;
        }
        String who = "startEvent".equals(activity.getActivityType()) ? instance.getStartUserId()
            : activity.getTaskId() == null ? null : completedBy.get(activity.getTaskId());
        steps.add(new Step(activity.getEndTime().toInstant(), order, instance.getBusinessKey(), process,
            activity.getActivityId(), activity.getActivityName(), who));
      }
    }
    // Within an instance the engine's sequence counter orders steps of the same moment (a fixed clock, one transaction).
    steps.sort(Comparator.comparing(Step::at).thenComparing(Step::businessKey).thenComparingLong(Step::order));
    return steps;
  }

  /**
   * The case's steps, newest first, each with the decision the case file keeps of it (the screening's
   * outcome on "Plan screenen"), so a step and its decision are one line. A decision is paired with
   * its step in order: the second screening with the second "Plan screenen". Consecutive steps of
   * one process form a group on the page.
   */
  private List<CaseFile.TimelineEntry> timeline(String reference, boolean severalPosts, List<Step> steps,
      List<CaseFile.ReviewView> reviews, List<Contract> contracts, Map<String, String> keys, Map<String, String> names) {
    Map<Step, Decision> decided = new HashMap<>();
    List<CaseFile.TimelineEntry> unpaired = new ArrayList<>();
    Map<String, List<CaseFile.ReviewView>> byStep = new HashMap<>();
    reviews.stream().sorted(Comparator.comparing(CaseFile.ReviewView::recordedAt))
        .forEach(r -> byStep.computeIfAbsent(String.valueOf(stepOf(r.kind())), k -> new ArrayList<>()).add(r));
    byStep.forEach((activityId, recorded) -> {
      List<Step> matching = steps.stream().filter(s -> s.activityId().equals(activityId) && s.businessKey().equals(reference)).toList();
      for (int i = 0; i < recorded.size(); i++) {
        CaseFile.ReviewView review = recorded.get(i);
        Decision decision = new Decision(review.outcome(), words(review.outcomeLabel(),
            review.remarks() != null ? review.remarks() : review.tips()));
        if (i < matching.size()) {
          decided.put(matching.get(i), decision);
        } else {
          unpaired.add(new CaseFile.TimelineEntry(review.recordedAt(), "Planvorming", review.kindLabel(), review.recordedBy(),
              nameOf(names, review.recordedBy()), decision.code(), decision.words()));
        }
      }
    });
    for (Contract contract : contracts) {
      String key = PostKeys.contractYear(contract.getPost(), contract.getContractYear(), severalPosts);
      // The employer's decision on the employment contract, on its own step.
      renewals.renewalOf(contract).filter(r -> r.getContractAt() != null).ifPresent(r -> {
        Decision employer = new Decision(r.getContractDecision(), words(Decisions.label(r.getContractDecision()), r.getContractRemarks()));
        steps.stream().filter(s -> s.activityId().equals("decideContract") && s.businessKey().equals(key)).reduce((a, b) -> b)
            .ifPresentOrElse(step -> decided.put(step, employer), () -> unpaired.add(new CaseFile.TimelineEntry(r.getContractAt(),
                "Jaarcontract en verlenging" + keys.get(key), "Besluit werkgever: arbeidscontract",
                r.getContractBy(), nameOf(names, r.getContractBy()), employer.code(), employer.words())));
      });
      if (contract.getDecidedAt() == null) {
        continue;
      }
      Decision decision = new Decision(contract.getDecision(), words(Decisions.label(contract.getDecision()), contract.getDecisionRemarks()));
      steps.stream().filter(s -> s.activityId().equals("evaluateYear") && s.businessKey().equals(key)).reduce((a, b) -> b)
          .ifPresentOrElse(step -> decided.put(step, decision), () -> unpaired.add(new CaseFile.TimelineEntry(contract.getDecidedAt(),
              "Jaarcontract en verlenging" + keys.get(key), "Besluit over het contractjaar",
              contract.getDecidedBy(), nameOf(names, contract.getDecidedBy()), decision.code(), decision.words())));
    }
    List<CaseFile.TimelineEntry> entries = new ArrayList<>();
    for (Step step : steps) {
      Decision decision = decided.get(step);
      entries.add(new CaseFile.TimelineEntry(step.at(), step.process(), step.name(), step.who(), nameOf(names, step.who()),
          decision == null ? null : decision.code(), decision == null ? null : decision.words()));
    }
    entries.addAll(unpaired);
    // Newest first; of steps at the same moment the later one first (a stable sort of the reversed order).
    java.util.Collections.reverse(entries);
    entries.sort(Comparator.comparing(CaseFile.TimelineEntry::at).reversed());
    return entries;
  }

  private record Decision(String code, String words) {}

  private static String words(String label, String remarks) {
    return label == null ? remarks : remarks == null || remarks.isBlank() ? label : label + ": " + remarks;
  }

  /** Staff open a task in the Tasklist, organisations in the portal (the engine is closed to them). */
  private List<CaseFile.OpenTask> openTasks(String[] keys, Viewer viewer) {
    boolean staff = POLICY.mayUseEngine(viewer);
    List<Task> open = tasks.createTaskQuery().processInstanceBusinessKeyIn(keys).unlimitedList();
    Instant now = ProcessValues.now();
    Map<String, List<String>> groups = new HashMap<>();
    open.forEach(t -> groups.put(t.getId(),
        tasks.getIdentityLinksForTask(t.getId()).stream().map(IdentityLink::getGroupId).filter(g -> g != null).toList()));
    Map<String, String> groupNames = people.groupNames(groups.values().stream().flatMap(List::stream).toList());
    return open.stream().map(t -> new CaseFile.OpenTask(t.getId(), t.getName(), groups.get(t.getId()),
        groups.get(t.getId()).stream().map(g -> groupNames.getOrDefault(g, g)).toList(),
        t.getDueDate() == null ? null : t.getDueDate().toInstant(),
        t.getDueDate() != null && t.getDueDate().toInstant().isBefore(now),
        staff ? "/camunda/app/tasklist/default/#/?task=" + t.getId() : "/portaal/taken/" + t.getId())).toList();
  }
}
