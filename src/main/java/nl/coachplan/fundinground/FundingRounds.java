package nl.coachplan.fundinground;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.coachplan.organisation.Organisation;
import nl.coachplan.organisation.Organisations;
import nl.coachplan.validation.InvalidFormDataException;
import nl.coachplan.validation.InvalidFormDataException.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import nl.coachplan.engine.ProcessValues;

/** The case side of a funding round: opening, the meeting, and the call for plans. */
@Service
@Transactional
public class FundingRounds {

  private final FundingRoundRepository rounds;
  private final Organisations organisations;

  @jakarta.persistence.PersistenceContext
  private jakarta.persistence.EntityManager entityManager;

  public FundingRounds(FundingRoundRepository rounds, Organisations organisations) {
    this.rounds = rounds;
    this.organisations = organisations;
  }

  /** The round of a funding-round instance, from its business key {@code round-<year>}. */
  @Transactional(readOnly = true)
  public FundingRound requireBusinessKey(String businessKey) {
    int year = FundingRound.yearOf(businessKey);
    return rounds.findByMunicipalityCodeAndYear(organisations.municipalityCode(), year)
        .orElseThrow(() -> new IllegalStateException("Ronde " + year + " bestaat niet"));
  }

  /** The round of a year in this installation's municipality, refused with a clear message when absent. */
  @Transactional(readOnly = true)
  public FundingRound requireYear(String field, Integer year) {
    return rounds.findByMunicipalityCodeAndYear(organisations.municipalityCode(), year)
        .orElseThrow(() -> InvalidFormDataException.of(field, "Er is geen ronde voor het jaar " + year + "."));
  }

  /**
   * The round, locked for a change that must see every other change to it (filled fte, the next
   * plan reference). Refreshed under the lock: a copy read earlier in the transaction may be stale.
   */
  public FundingRound lock(long id) {
    FundingRound round = entityManager.find(FundingRound.class, id);
    entityManager.refresh(round, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    return round;
  }

  /** The round of a year, locked for handing out the next plan reference. */
  public FundingRound lockYear(String field, Integer year) {
    return lock(requireYear(field, year).getId());
  }

  /** The round's next plan reference, committed at once in a transaction of its own. */
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
  public String reservePlanReference(int year) {
    return lockYear("roundYear", year).nextPlanReference();
  }

  @Transactional(readOnly = true)
  public long countPlans(FundingRound round) {
    return rounds.countPlans(round.getId());
  }

  FundingRound open(RoundForms.Start form, String startedBy) {
    var municipality = organisations.municipality();
    if (rounds.findByMunicipalityCodeAndYear(municipality.getCode(), form.year()).isPresent()) {
      throw InvalidFormDataException.of("year", "Er bestaat al een ronde voor " + form.year() + ".");
    }
    return rounds.save(new FundingRound(municipality, form.year(), form.grantedFte(), form.rijksbijdragePerFte(),
        form.localShareOrDefault(), Boolean.TRUE.equals(form.inKindCountsAsCofinancing()), form.callDeadline(), startedBy));
  }

  void planMeeting(FundingRound round, RoundForms.Meeting form) {
    List<Violation> violations = new ArrayList<>();
    if (!form.meetingDate().isBefore(round.getCallDeadline())) {
      violations.add(new Violation("meetingDate",
          "De bijeenkomst moet vóór de sluitingsdatum van de oproep (" + round.getCallDeadline() + ") liggen."));
    }
    List<Organisation> invited = resolve("invitedOrganizations", form.invitedOrganizations(), violations);
    if (!violations.isEmpty()) {
      throw new InvalidFormDataException(violations);
    }
    round.planMeeting(form.meetingDate(), form.meetingLocation().trim(), invited);
  }

  void invitationsSent(FundingRound round) {
    round.invitationsSent(ProcessValues.now());
  }

  void recordMeeting(FundingRound round, RoundForms.MeetingRecord form) {
    List<Violation> violations = new ArrayList<>();
    List<Organisation> attending = resolve("attendingOrganizations",
        form.attendingOrganizations() == null ? List.of() : form.attendingOrganizations(), violations);
    if (!violations.isEmpty()) {
      throw new InvalidFormDataException(violations);
    }
    round.recordMeeting(attending, form.meetingNotes());
  }

  void openCall(FundingRound round) {
    round.openCall();
  }

  /** Applies the coordinator's decision; an extension needs a later deadline that is not in the past. */
  void decideCall(FundingRound round, RoundForms.CallDecision form, LocalDate today) {
    if ("extend".equals(form.closeDecision())) {
      LocalDate newDeadline = form.newCallDeadline();
      if (newDeadline == null) {
        throw InvalidFormDataException.of("newCallDeadline", "Vul de nieuwe sluitingsdatum in om de oproep te verlengen.");
      }
      if (!newDeadline.isAfter(round.getCallDeadline()) || newDeadline.isBefore(today)) {
        throw InvalidFormDataException.of("newCallDeadline", "De nieuwe sluitingsdatum moet na de huidige ("
            + round.getCallDeadline() + ") en niet in het verleden liggen.");
      }
      round.extendCall(newDeadline);
    }
  }

  void closeCall(FundingRound round) {
    round.closeCall();
  }

  private List<Organisation> resolve(String field, List<String> slugs, List<Violation> violations) {
    List<Organisation> found = new ArrayList<>();
    for (String slug : slugs.stream().distinct().toList()) {
      try {
        found.add(organisations.require(field, slug));
      } catch (InvalidFormDataException e) {
        violations.addAll(e.getViolations());
      }
    }
    return found;
  }
}
