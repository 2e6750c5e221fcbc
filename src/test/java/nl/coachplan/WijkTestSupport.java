package nl.coachplan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.coachplan.activitylisting.Activities;
import nl.coachplan.activitylisting.Activity;
import nl.coachplan.activitylisting.ActivityForms;
import nl.coachplan.engine.FormValues;
import nl.coachplan.identity.Viewer;
import nl.coachplan.organisation.Wijk;
import nl.coachplan.organisation.WijkRepository;
import nl.coachplan.referral.Referral;
import nl.coachplan.referral.Referrals;
import nl.coachplan.wijkcollaboration.WijkCollaborations;
import nl.coachplan.wijkcollaboration.WijkForms;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** The wijk as its users see it: wijken, the aanbod of providers, referrals from the wijkteam. */
public abstract class WijkTestSupport extends RestTestSupport {

  @Autowired protected WijkRepository wijkRepository;
  @Autowired protected WijkCollaborations collaborations;
  @Autowired protected Activities activities;
  @Autowired protected Referrals referralService;

  @BeforeEach
  void wijkUsers() {
    user("rest-wijkteam", "wijkteam");
  }

  protected static Viewer viewer(String userId, String... groups) {
    return new Viewer(userId, List.of(groups));
  }

  /** A wijk of Soest no test used yet, entered by the coordinator. */
  protected Wijk freshWijk() {
    for (int n = 1; n < 100; n++) {
      String code = String.format("WK0342%02d", n);
      if (wijkRepository.findByCode(code).isEmpty()) {
        return collaborations.create(viewer("rest-coordinator", "coordinator"), new WijkForms.NewWijk(code, "Testwijk " + n));
      }
    }
    throw new IllegalStateException("Alle wijkcodes van de test zijn op");
  }

  /** SWOS's walking group in the wijk, as SWOS states it: every criterion met, free of charge. */
  protected static ActivityForms.ActivityForm walkingGroup(Wijk wijk) {
    return new ActivityForms.ActivityForm(null, "Wandelgroep in de wijk", "Elke week samen wandelen, met koffie na afloop.",
        wijk.getCode(), null, List.of("elderly", "chronicallyIll"), "dinsdag 10.00-11.00 uur", "Wijkcentrum", BigDecimal.ZERO,
        new ActivityForms.Criteria(true, true, true, true, true));
  }

  protected Activity stated(Wijk wijk) {
    return activities.register(viewer("rest-swos", "org-swos"), walkingGroup(wijk));
  }

  /** The coordinator's agreement task of the activity, completed with these five answers. */
  protected void agree(Activity activity, boolean a, boolean b, boolean c, boolean d, boolean e) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(activity.businessKey()).taskDefinitionKey("agreeCriteria")
        .singleResult();
    taskService.complete(task.getId(), FormValues.of(new ActivityForms.Agreement(a, b, c, d, e, "Besproken met het wijkteam.")));
  }

  /** An activity of SWOS in the wijk, all five criteria agreed: in the aanbod. */
  protected Activity listed(Wijk wijk) {
    Activity activity = stated(wijk);
    agree(activity, true, true, true, true, true);
    return activity;
  }

  protected Referral referred(Activity activity, String source) {
    return referralService.refer(viewer("rest-wijkteam", "wijkteam"), Map.of("activityId", activity.getId(), "source", source,
        "note", "Zoekt iets in de ochtend."));
  }
}
