package nl.coachplan.activitylisting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import nl.coachplan.WijkTestSupport;
import nl.coachplan.organisation.Wijk;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/** Every path of {@code activity-listing}: agreed at once, agreed after the provider's change, withdrawn. */
class ActivityListingProcessTest extends WijkTestSupport {

  private ProcessInstance instanceOf(Activity activity) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("activity-listing")
        .processInstanceBusinessKey(activity.businessKey()).active().singleResult();
  }


  @Test
  void allFiveAgreedListsTheActivityForReferrers() {
    Wijk wijk = freshWijk();
    Activity activity = stated(wijk);
    ProcessInstance listing = instanceOf(activity);
    assertThat(listing).isWaitingAt("agreeCriteria").task().hasCandidateGroup("coordinator");
    assertThat(activities.listed(wijk.getCode(), null, null)).as("not before the coordinator agreed").isEmpty();

    agree(activity, true, true, true, true, true);

    assertThat(listing).isEnded().hasPassed("activityListed");
    assertThat(activities.listed(wijk.getCode(), null, null)).extracting(Activity::getId).containsExactly(activity.getId());
  }

  @Test
  void notAllAgreedWaitsForTheProvidersChangeAndIsAgreedAgain() {
    Wijk wijk = freshWijk();
    Activity activity = stated(wijk);
    ProcessInstance listing = instanceOf(activity);
    agree(activity, true, true, false, true, true);

    assertThat(listing).isWaitingAt("awaitRevision");
    assertThat(inTx(() -> activities.one(viewer("rest-swos", "org-swos"), activity.getId()).getStatus())).isEqualTo(ActivityStatus.NOT_AGREED);
    assertThat(activities.listed(wijk.getCode(), null, null)).isEmpty();

    // SWOS arranges a trained volunteer and says so; the coordinator agrees again.
    var changed = walkingGroup(wijk);
    activities.change(viewer("rest-swos", "org-swos"), activity.getId(), new ActivityForms.ActivityForm(null, changed.title(),
        "Met een getrainde vrijwilliger die EHBO kan.", changed.wijk(), null, java.util.List.of("elderly"), changed.schedule(),
        changed.place(), changed.costPerMonthEuro(), changed.criteria()));
    assertThat(listing).isWaitingAt("agreeCriteria");
    agree(activity, true, true, true, true, true);
    assertThat(listing).isEnded().hasPassed("activityListed");
  }

  @Test
  void aListedActivityWhoseCriteriaChangeIsAgreedAgainWhileTimeAndCostChangeAtOnce() {
    Wijk wijk = freshWijk();
    Activity activity = listed(wijk);
    var form = walkingGroup(wijk);

    activities.change(viewer("rest-swos", "org-swos"), activity.getId(), new ActivityForms.ActivityForm(null, form.title(),
        form.description(), form.wijk(), null, form.targetGroups(), "woensdag 10.00-11.00 uur", form.place(), new BigDecimal("2.50"),
        form.criteria()));
    assertThat(activities.listed(wijk.getCode(), null, null)).as("still listed").hasSize(1);
    assertThat(instanceOf(activity)).isNull();

    activities.change(viewer("rest-swos", "org-swos"), activity.getId(), new ActivityForms.ActivityForm(null, form.title(),
        form.description(), form.wijk(), null, form.targetGroups(), form.schedule(), form.place(), form.costPerMonthEuro(),
        new ActivityForms.Criteria(true, true, true, true, false)));
    assertThat(activities.listed(wijk.getCode(), null, null)).as("unlisted until agreed again").isEmpty();
    assertThat(instanceOf(activity)).isWaitingAt("agreeCriteria");
    agree(activity, true, true, true, true, true);
    assertThat(activities.listed(wijk.getCode(), null, null)).as("the provider does not give feedback (e): not listed").isEmpty();
  }

  @Test
  void withdrawnByItsProviderWhileTheCriteriaAreAgreed() {
    Wijk wijk = freshWijk();
    Activity activity = stated(wijk);
    ProcessInstance listing = instanceOf(activity);

    activities.withdraw(viewer("rest-swos", "org-swos"), activity.getId());

    assertThat(listing).isEnded().hasPassed("activityWithdrawn");
    assertThat(inTx(() -> activities.one(viewer("rest-swos", "org-swos"), activity.getId()).getStatus())).isEqualTo(ActivityStatus.WITHDRAWN);
  }
}
