package nl.coachplan.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.Map;
import nl.coachplan.WijkTestSupport;
import nl.coachplan.activitylisting.Activity;
import nl.coachplan.engine.ProcessValues;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/** Every path of {@code referral}: answered in time; reminded after two weeks without an answer. */
class ReferralProcessTest extends WijkTestSupport {

  private ProcessInstance instanceOf(Referral referral) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("referral")
        .processInstanceBusinessKey(referral.businessKey()).singleResult();
  }

  @Test
  void theProvidersFirstAnswerEndsTheWaitAndTheReferrerSeesIt() {
    Activity activity = listed(freshWijk());
    Referral referral = referred(activity, "huisarts");
    ProcessInstance waiting = instanceOf(referral);
    assertThat(waiting).isWaitingAt("awaitAnswer");

    referralService.answer(viewer("rest-swos", "org-swos"), referral.getId(), Map.of("status", "started", "note", "Komt elke week."));

    assertThat(waiting).isEnded().hasPassed("answered");
    Referral seen = referralService.one(viewer("rest-wijkteam", "wijkteam"), referral.getId());
    assertThat(seen.getStatus()).isEqualTo(ReferralStatus.STARTED);
    assertThat(seen.getFeedback()).extracting(ReferralFeedback::getNote).containsExactly("Komt elke week.");

    // Later answers are kept as they come: still taking part, after months.
    referralService.answer(viewer("rest-swos", "org-swos"), referral.getId(), Map.of("status", "continuing"));
    assertThat(referralService.one(viewer("rest-wijkteam", "wijkteam"), referral.getId()).getFeedback()).hasSize(2);
  }

  @Test
  void twoWeeksWithoutAnAnswerRemindTheProviderAndTheReferralStillWaits() {
    Activity activity = listed(freshWijk());
    Referral referral = referred(activity, "wijkteam");
    ProcessInstance waiting = instanceOf(referral);
    Job timer = managementService.createJobQuery().processInstanceId(waiting.getId()).timers().singleResult();
    assertThat(Duration.between(ProcessValues.now(), timer.getDuedate().toInstant()).toDays()).isBetween(13L, 14L);

    ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plusSeconds(60)));
    managementService.executeJob(timer.getId());

    assertThat(waiting).hasPassed("remindProvider", "providerReminded").isWaitingAt("awaitAnswer");
    assertThat(referralService.one(viewer("rest-swos", "org-swos"), referral.getId()).getReminders()).isEqualTo(1);
    assertThat(managementService.createJobQuery().processInstanceId(waiting.getId()).timers().count()).as("one reminder").isZero();

    referralService.answer(viewer("rest-swos", "org-swos"), referral.getId(), Map.of("status", "not-started",
        "note", "Niet gekomen; wij bellen het wijkteam."));
    assertThat(waiting).isEnded().hasPassed("answered");
  }
}
