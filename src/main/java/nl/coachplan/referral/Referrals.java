package nl.coachplan.referral;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.coachplan.activitylisting.Activities;
import nl.coachplan.activitylisting.Activity;
import nl.coachplan.engine.AsCaller;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.identity.AccessPolicy;
import nl.coachplan.identity.Viewer;
import nl.coachplan.notification.TaskMail;
import nl.coachplan.organisation.Wijk;
import nl.coachplan.organisation.Wijken;
import nl.coachplan.validation.Forbidden;
import nl.coachplan.validation.FormReader;
import nl.coachplan.validation.InvalidFormDataException;
import nl.coachplan.validation.NotFound;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Referrals from the wijkteam to the aanbod. Each has a {@code referral} instance that waits for the
 * provider's first answer and reminds it after two weeks without one; the referral and the engine
 * change in one transaction.
 */
@Service
public class Referrals {

  static final String PROCESS = "referral";
  static final String ANSWERED = "ReferralAnswered";

  private final ReferralRepository referrals;
  private final Activities activities;
  private final Wijken wijken;
  private final AccessPolicy policy;
  private final FormReader forms;
  private final RuntimeService runtime;
  private final AsCaller asCaller;
  private final TransactionTemplate transaction;
  private final TaskMail mail;

  public Referrals(ReferralRepository referrals, Activities activities, Wijken wijken, AccessPolicy policy, FormReader forms,
      @Lazy RuntimeService runtime, AsCaller asCaller, TransactionTemplate transaction, TaskMail mail) {
    this.referrals = referrals;
    this.activities = activities;
    this.wijken = wijken;
    this.policy = policy;
    this.forms = forms;
    this.runtime = runtime;
    this.asCaller = asCaller;
    this.transaction = transaction;
    this.mail = mail;
  }

  /** The wijkteam refers someone to a listed activity: only the fields of a referral, none of a person. */
  public Referral refer(Viewer viewer, Map<String, ?> body) {
    if (!policy.mayRefer(viewer)) {
      throw new Forbidden("Verwijzen naar het aanbod doet het wijkteam.");
    }
    ReferralForms.NewReferral form = forms.read(onlyKnown(body, ReferralForms.REFERRAL_FIELDS), ReferralForms.NewReferral.class);
    if (!ReferralSource.CODES.containsKey(form.source().trim())) {
      throw InvalidFormDataException.of("source", "Onbekende bron '" + form.source() + "'. Kies uit: "
          + String.join(", ", ReferralSource.CODES.keySet()) + ".");
    }
    PersonalData.refuseIn("note", form.note());
    return transaction.execute(status -> {
      Activity activity = listedActivity(viewer, form.activityId());
      Wijk wijk = wijkOf(activity, form.wijk());
      Referral referral = referrals.saveAndFlush(new Referral(activity, wijk, form.source().trim(), blankToNull(form.note()),
          viewer.userId() == null ? "coachplan" : viewer.userId(), ProcessValues.now()));
      asCaller.run(viewer.userId(), viewer.groups(), () -> runtime.startProcessInstanceByKey(PROCESS, referral.businessKey()));
      mail.toGroup(activity.getProvider().groupId(), "Nieuwe verwijzing naar " + activity.getTitle(),
          "Het wijkteam heeft iemand naar '" + activity.getTitle() + "' verwezen (" + wijk.label() + "). De persoon komt via een "
              + "warme overdracht bij u. Laat het wijkteam weten hoe het gaat: " + mail.baseUrl() + "/portaal/verwijzingen/"
              + referral.getId());
      return referral;
    });
  }

  /** The provider of the activity answers: started, not started, stopped, still taking part. */
  public Referral answer(Viewer viewer, long id, Map<String, ?> body) {
    return transaction.execute(status -> {
      // Who may answer first: someone who may not see the referral learns nothing from its form's rules.
      Referral referral = visible(viewer, id);
      if (!policy.mayAnswerReferral(viewer, referral.getActivity().getProvider().getSlug())) {
        throw new Forbidden("Alleen de aanbieder van de activiteit geeft terugkoppeling op een verwijzing.");
      }
      ReferralForms.Feedback form = forms.read(onlyKnown(body, ReferralForms.FEEDBACK_FIELDS), ReferralForms.Feedback.class);
      ReferralStatus answer = ReferralStatus.ofAnswer(form.status().trim());
      if (answer == null) {
        throw InvalidFormDataException.of("status", "Onbekende stand '" + form.status() + "'. Kies uit: started, not-started, stopped, continuing.");
      }
      PersonalData.refuseIn("note", form.note());
      boolean first = referral.answer(answer, blankToNull(form.note()), viewer.userId() == null ? "coachplan" : viewer.userId(),
          ProcessValues.now());
      referrals.saveAndFlush(referral);
      if (first) {
        asCaller.run(viewer.userId(), viewer.groups(),
            () -> runtime.createMessageCorrelation(ANSWERED).processInstanceBusinessKey(referral.businessKey()).correlateWithResult());
      }
      return referral;
    });
  }

  /** The wijkteam's referrals, a provider's (to its activities), or, for the staff, all. */
  public List<Referral> ofViewer(Viewer viewer) {
    return transaction.execute(status -> {
      List<Referral> list = policy.mayRefer(viewer) || policy.seesMunicipality(viewer) ? referrals.findAllNewestFirst()
          : viewer.organisationSlugs().isEmpty() ? List.<Referral>of() : referrals.findOfProviders(viewer.organisationSlugs());
      list.forEach(r -> r.getFeedback().size());
      return list;
    });
  }

  public Referral one(Viewer viewer, long id) {
    return transaction.execute(status -> {
      Referral referral = visible(viewer, id);
      referral.getFeedback().size();
      referral.getWijk().getName();
      return referral;
    });
  }

  /** Two weeks without an answer: the provider is reminded. */
  void remind(String businessKey) {
    Referral referral = referrals.findById(Long.parseLong(businessKey.substring("R-".length())))
        .orElseThrow(() -> new IllegalStateException("Geen verwijzing bij " + businessKey));
    referral.reminded();
    Activity activity = referral.getActivity();
    mail.toGroup(activity.getProvider().groupId(), "Herinnering: verwijzing naar " + activity.getTitle(),
        "Het wijkteam verwees op " + nl.coachplan.engine.Markdown.date(referral.getReferredAt()) + " iemand naar '" + activity.getTitle()
            + "' en heeft nog niets gehoord. Laat weten of de persoon is gestart: " + mail.baseUrl() + "/portaal/verwijzingen/"
            + referral.getId());
  }

  private Referral visible(Viewer viewer, long id) {
    Referral referral = referrals.findById(id).orElse(null);
    if (referral == null || !policy.seesReferral(viewer, referral.getActivity().getProvider().getSlug())) {
      throw new NotFound("Er is geen verwijzing " + id + " die u mag inzien.");
    }
    return referral;
  }

  private Activity listedActivity(Viewer viewer, long id) {
    Activity activity;
    try {
      activity = activities.one(viewer, id);
    } catch (NotFound unknown) {
      throw InvalidFormDataException.of("activityId", "Er is geen activiteit " + id + " in het aanbod.");
    }
    if (!activity.isListed()) {
      throw InvalidFormDataException.of("activityId", "Activiteit " + id + " staat niet in het aanbod: niet alle vijf criteria zijn afgestemd.");
    }
    return activity;
  }

  /** The wijk of the referral: the one named, which must be one of the activity's, or the activity's only wijk. */
  private Wijk wijkOf(Activity activity, String code) {
    if (code == null || code.isBlank()) {
      if (activity.getWijken().size() != 1) {
        throw InvalidFormDataException.of("wijk", "Deze activiteit is in meer wijken; kies de wijk van de verwijzing.");
      }
      return activity.getWijken().get(0);
    }
    Wijk wijk = wijken.require("wijk", List.of(code), true).get(0);
    if (activity.getWijken().stream().noneMatch(w -> w.getId().equals(wijk.getId()))) {
      throw InvalidFormDataException.of("wijk", "Activiteit '" + activity.getTitle() + "' is niet in " + wijk.label() + ".");
    }
    return wijk;
  }

  /** Refuses every field a referral does not have: personal data cannot come in by another name. */
  private static Map<String, ?> onlyKnown(Map<String, ?> body, Set<String> known) {
    if (body == null) {
      throw InvalidFormDataException.of("", "Stuur de gegevens als JSON-object.");
    }
    Set<String> unknown = new TreeSet<>(body.keySet());
    unknown.removeAll(known);
    if (!unknown.isEmpty()) {
      String field = unknown.iterator().next();
      throw InvalidFormDataException.of(field, "Onbekend veld '" + field + "'. " + PersonalData.WHY);
    }
    return body;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
