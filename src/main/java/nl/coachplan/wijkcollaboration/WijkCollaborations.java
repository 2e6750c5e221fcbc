package nl.coachplan.wijkcollaboration;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import nl.coachplan.engine.AsCaller;
import nl.coachplan.engine.ProcessValues;
import nl.coachplan.engine.ProcessVariables;
import nl.coachplan.identity.AccessPolicy;
import nl.coachplan.identity.Viewer;
import nl.coachplan.organisation.Organisations;
import nl.coachplan.organisation.Wijk;
import nl.coachplan.organisation.WijkRepository;
import nl.coachplan.validation.AlreadyExists;
import nl.coachplan.validation.Forbidden;
import nl.coachplan.validation.FormReader;
import nl.coachplan.validation.InvalidFormDataException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The wijken of the municipality, each with its {@code wijk-collaboration} instance: once a year the
 * coordinator looks back with the wijkteam and the providers on working together, and records it on
 * the wijk. The wijk and its instance are made in one transaction.
 */
@Service
public class WijkCollaborations {

  static final String PROCESS = "wijk-collaboration";

  private final WijkRepository wijken;
  private final WijkEvaluationRepository evaluations;
  private final Organisations organisations;
  private final AccessPolicy policy;
  private final FormReader forms;
  private final RuntimeService runtime;
  private final AsCaller asCaller;
  private final TransactionTemplate transaction;
  private final MonthDay evaluationDay;

  public WijkCollaborations(WijkRepository wijken, WijkEvaluationRepository evaluations, Organisations organisations, AccessPolicy policy,
      FormReader forms, @Lazy RuntimeService runtime, AsCaller asCaller, TransactionTemplate transaction,
      @Value("${coachplan.wijk.evaluation-day:--11-01}") String evaluationDay) {
    this.wijken = wijken;
    this.evaluations = evaluations;
    this.organisations = organisations;
    this.policy = policy;
    this.forms = forms;
    this.runtime = runtime;
    this.asCaller = asCaller;
    this.transaction = transaction;
    this.evaluationDay = MonthDay.parse(evaluationDay);
  }

  /** The coordinator enters a wijk of the municipality by its CBS code. */
  public Wijk create(Viewer viewer, WijkForms.NewWijk form) {
    if (!policy.mayManageWijken(viewer)) {
      throw new Forbidden("Wijken worden ingericht door de coördinator.");
    }
    forms.validate(form);
    String code = form.code().trim().toUpperCase();
    String gemeente = organisations.municipalityCode().replaceAll("\\D", "");
    if (!gemeente.isEmpty() && !code.substring(2, 6).equals(gemeente)) {
      throw InvalidFormDataException.of("code", "Wijkcode " + code + " is niet van deze gemeente: de wijkcodes van de gemeente beginnen met WK"
          + gemeente + ".");
    }
    return transaction.execute(status -> {
      if (wijken.findByCode(code).isPresent()) {
        throw new AlreadyExists("code", "Er is al een wijk met code " + code + ".");
      }
      Wijk wijk = wijken.saveAndFlush(new Wijk(organisations.municipality(), code, form.name().trim(), ProcessValues.now(),
          viewer.userId()));
      LocalDate next = nextEvaluationDay(ProcessValues.today());
      asCaller.run(viewer.userId(), viewer.groups(), () -> runtime.startProcessInstanceByKey(PROCESS, businessKey(code),
          Map.of(ProcessVariables.NEXT_EVALUATION_AT, ProcessValues.startOfDay(next))));
      return wijk;
    });
  }

  /** The first evaluation day after today. */
  LocalDate nextEvaluationDay(LocalDate today) {
    LocalDate thisYear = evaluationDay.atYear(today.getYear());
    return thisYear.isAfter(today) ? thisYear : evaluationDay.atYear(today.getYear() + 1);
  }

  /** Records the year's look back on the wijk; the next one falls due a year later. */
  void record(String businessKey, int year, Map<String, Object> variables, String by) {
    WijkForms.Evaluation form = forms.read(variables, WijkForms.Evaluation.class);
    List<String> providers = form.providersPresent() == null ? List.of() : form.providersPresent();
    for (String provider : providers) {
      organisations.require("providersPresent", provider);
    }
    Wijk wijk = wijk(businessKey);
    if (evaluations.countOfYear(wijk.getId(), year) > 0) {
      throw InvalidFormDataException.of("heldOn", "De terugblik van " + year + " is al vastgelegd.");
    }
    evaluations.save(new WijkEvaluation(wijk, year, form, by == null ? "coachplan" : by, ProcessValues.now()));
  }

  Wijk wijk(String businessKey) {
    String code = businessKey.substring("wijk-".length());
    return wijken.findByCode(code).orElseThrow(() -> new IllegalStateException("Geen wijk bij " + businessKey));
  }

  static String businessKey(String code) {
    return "wijk-" + code;
  }

  MonthDay evaluationDay() {
    return evaluationDay;
  }
}
