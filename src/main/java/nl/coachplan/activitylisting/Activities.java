package nl.coachplan.activitylisting;

import java.math.BigDecimal;
import java.util.List;
import nl.coachplan.engine.AsCaller;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.identity.AccessPolicy;
import nl.coachplan.identity.Viewer;
import nl.coachplan.organisation.Organisation;
import nl.coachplan.organisation.Organisations;
import nl.coachplan.organisation.Wijken;
import nl.coachplan.planintake.Codes;
import nl.coachplan.validation.Forbidden;
import nl.coachplan.validation.FormReader;
import nl.coachplan.validation.InvalidFormDataException;
import nl.coachplan.validation.NotFound;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The aanvoerder's and speler's other role: provider of activities. A provider states an activity
 * and its five criteria; its {@code activity-listing} instance has the coordinator agree them, and
 * only then do referrers see it. The activity and the engine change in one transaction.
 */
@Service
public class Activities {

  static final String PROCESS = "activity-listing";
  static final String REVISED = "ActivityRevised";
  static final String WITHDRAWN = "ActivityWithdrawn";

  private final ActivityRepository activities;
  private final Organisations organisations;
  private final Wijken wijken;
  private final AccessPolicy policy;
  private final FormReader forms;
  private final RuntimeService runtime;
  private final AsCaller asCaller;
  private final TransactionTemplate transaction;

  public Activities(ActivityRepository activities, Organisations organisations, Wijken wijken, AccessPolicy policy, FormReader forms,
      @Lazy RuntimeService runtime, AsCaller asCaller, TransactionTemplate transaction) {
    this.activities = activities;
    this.organisations = organisations;
    this.wijken = wijken;
    this.policy = policy;
    this.forms = forms;
    this.runtime = runtime;
    this.asCaller = asCaller;
    this.transaction = transaction;
  }

  /** A provider states a new activity: it waits for the coordinator to agree its criteria. */
  public Activity register(Viewer viewer, ActivityForms.ActivityForm form) {
    forms.validate(form);
    return transaction.execute(status -> {
      Organisation provider = providerFor(viewer, form.provider());
      Activity activity = new Activity(provider, viewer.userId() == null ? "coachplan" : viewer.userId(), ProcessValues.now());
      activity.describe(checked(form), wijken.require("wijken", form.wijkCodes(), true), ProcessValues.now());
      activities.saveAndFlush(activity);
      asCaller.run(viewer.userId(), viewer.groups(), () -> runtime.startProcessInstanceByKey(PROCESS, activity.businessKey()));
      return activity;
    });
  }

  /**
   * The provider changes its activity. A change to the criteria or the target groups unlists it until
   * the coordinator has agreed again; the time, place and cost change at once.
   */
  public Activity change(Viewer viewer, long id, ActivityForms.ActivityForm form) {
    forms.validate(form);
    return transaction.execute(status -> {
      Activity activity = mine(viewer, id);
      if (activity.getStatus() == ActivityStatus.WITHDRAWN) {
        throw new nl.coachplan.validation.AlreadyExists("status", "Deze activiteit is ingetrokken; meld haar opnieuw aan.");
      }
      if (form.provider() != null && !form.provider().isBlank() && !form.provider().trim().equals(activity.getProvider().getSlug())) {
        throw InvalidFormDataException.of("provider", "Een activiteit blijft van haar aanbieder; meld een nieuwe aan voor een andere aanbieder.");
      }
      boolean againToAgree = activity.describe(checked(form), wijken.require("wijken", form.wijkCodes(), true), ProcessValues.now());
      if (againToAgree) {
        ActivityStatus was = activity.getStatus();
        activity.awaitAgreement();
        asCaller.run(viewer.userId(), viewer.groups(), () -> {
          if (was == ActivityStatus.NOT_AGREED) {
            runtime.createMessageCorrelation(REVISED).processInstanceBusinessKey(activity.businessKey()).correlateWithResult();
          } else if (was == ActivityStatus.LISTED) {
            runtime.startProcessInstanceByKey(PROCESS, activity.businessKey());
          }
          return null; // PROPOSED: the coordinator's open task shows the change (a live copy)
        });
      }
      return activity;
    });
  }

  /** The provider takes its activity out of the aanbod; an agreement under way stops. */
  public void withdraw(Viewer viewer, long id) {
    transaction.executeWithoutResult(status -> {
      Activity activity = mine(viewer, id);
      if (activity.getStatus() == ActivityStatus.WITHDRAWN) {
        return;
      }
      boolean underWay = activity.getStatus() == ActivityStatus.PROPOSED || activity.getStatus() == ActivityStatus.NOT_AGREED;
      activity.withdraw(ProcessValues.now());
      if (underWay) {
        asCaller.run(viewer.userId(), viewer.groups(),
            () -> runtime.createMessageCorrelation(WITHDRAWN).processInstanceBusinessKey(activity.businessKey()).correlateWithResult());
      }
    });
  }

  /** What referrers choose from: listed activities in the wijk, by target group and highest cost (public, as the wijk's page). */
  public List<Activity> listed(String wijk, String targetGroup, BigDecimal maxCostPerMonth) {
    return listedInWijk(wijk).stream()
        .filter(a -> targetGroup == null || targetGroup.isBlank() || a.getTargetGroups().contains(targetGroup))
        .filter(a -> maxCostPerMonth == null || a.getCostPerMonthEuro().compareTo(maxCostPerMonth) <= 0)
        .toList();
  }

  /** The listed activities of a wijk, for everyone: the public page per wijk shows these. */
  public List<Activity> listedInWijk(String wijk) {
    return transaction.execute(status -> withWijken(activities.findInWijk(wijken.one(wijk).getCode(), ActivityStatus.LISTED)));
  }

  /** A provider's own activities (a coordinator's: all of them), withdrawn ones left out. */
  public List<Activity> ofViewer(Viewer viewer) {
    return transaction.execute(status -> withWijken(policy.seesMunicipality(viewer) ? activities.findAllExcept(ActivityStatus.WITHDRAWN)
        : viewer.organisationSlugs().isEmpty() ? List.<Activity>of()
        : activities.findOfProviders(viewer.organisationSlugs(), ActivityStatus.WITHDRAWN)));
  }

  /** One activity: a listed one for whoever sees the aanbod, any one for its provider and the staff. */
  public Activity one(Viewer viewer, long id) {
    return transaction.execute(status -> {
      Activity activity = activities.findById(id).orElse(null);
      if (activity == null || !(policy.seesMunicipality(viewer) || policy.providesActivity(viewer, activity.getProvider().getSlug())
          || activity.isListed())) {
        throw new NotFound("Er is geen activiteit " + id + " die u mag inzien.");
      }
      return withWijken(List.of(activity)).get(0);
    });
  }

  /** Reads the wijken while the transaction is open (in one query per hundred activities). */
  private static List<Activity> withWijken(List<Activity> list) {
    list.forEach(a -> a.getWijken().size());
    return list;
  }

  Activity requireBusinessKey(String businessKey) {
    return activities.findById(Long.parseLong(businessKey.substring("A-".length())))
        .orElseThrow(() -> new IllegalStateException("Geen activiteit bij " + businessKey));
  }

  private Activity mine(Viewer viewer, long id) {
    Activity activity = activities.findById(id).orElse(null);
    if (activity == null || !(policy.providesActivity(viewer, activity.getProvider().getSlug()) || policy.seesMunicipality(viewer))) {
      throw new NotFound("Er is geen activiteit " + id + " die u mag inzien.");
    }
    if (!policy.mayChangeActivity(viewer, activity.getProvider().getSlug())) {
      throw new Forbidden("Alleen de aanbieder van de activiteit of de coördinator kan haar wijzigen of intrekken.");
    }
    return activity;
  }

  private Organisation providerFor(Viewer viewer, String provider) {
    String slug = provider == null || provider.isBlank() ? null : provider.trim();
    if (slug == null) {
      List<String> own = viewer.organisationSlugs();
      if (own.size() != 1) {
        throw InvalidFormDataException.of("provider", own.isEmpty()
            ? "Kies de aanbieder van de activiteit (de korte naam van de organisatie)."
            : "U werkt voor meer organisaties; kies de aanbieder van de activiteit.");
      }
      slug = own.get(0);
    }
    if (!policy.mayChangeActivity(viewer, slug)) {
      throw new Forbidden("U kunt alleen aanbod van uw eigen organisatie aanmelden.");
    }
    return organisations.require("provider", slug);
  }

  /** The target groups must be codes of the plan forms' list. */
  private static ActivityForms.ActivityForm checked(ActivityForms.ActivityForm form) {
    var unknown = Codes.unknown("targetGroups", "doelgroep", Codes.TARGET_GROUPS, form.targetGroups());
    if (!unknown.isEmpty()) {
      throw new InvalidFormDataException(unknown);
    }
    if (form.targetGroups().stream().distinct().count() < form.targetGroups().size()) {
      throw InvalidFormDataException.of("targetGroups", "Een doelgroep staat er twee keer in.");
    }
    return form;
  }
}
