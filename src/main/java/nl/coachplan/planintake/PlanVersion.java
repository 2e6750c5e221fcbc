package nl.coachplan.planintake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The plan as it stood after its submission or a revision, with who and when. The plan's own row
 * holds only the latest text; these keep every earlier one, whichever way the plan came in.
 */
@Entity
public class PlanVersion {

  /** What the aanvoerder wrote, as the case file kept it (codes, not labels). */
  public record Text(String title, String goals, List<String> targetGroups, List<String> settings, BigDecimal requestedFte,
      String profileType, BigDecimal aanvoerderContributionEuro, List<Pledge> contributions, List<Outcome> outcomes,
      List<String> wijken) {}

  /** An intended outcome; versions recorded before outcomes existed have none (null). */
  public record Outcome(String outcome, String measure) {}

  public record Pledge(String organisation, String kind, BigDecimal amountEuro, Integer hoursPerYear, String description) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Plan plan;
  private int number;
  private String content;
  private String recordedBy;
  private Instant recordedAt;

  protected PlanVersion() {}

  PlanVersion(Plan plan, int number, String recordedBy, Instant recordedAt) {
    this.plan = plan;
    this.number = number;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
    Text text = new Text(plan.getTitle(), plan.getGoals(), plan.getTargetGroups(), plan.getSettings(), plan.getRequestedFte(),
        plan.getProfileType(), plan.getAanvoerderContributionEuro(), plan.getContributions().stream()
            .map(c -> new Pledge(c.getOrganisation().getSlug(), c.getKind(), c.getAmountEuro(), c.getHoursPerYear(),
                c.getDescription())).toList(),
        plan.getOutcomes().stream().map(o -> new Outcome(o.getOutcome(), o.getMeasure())).toList(),
        // CBS codes; versions recorded before plans named wijken have none (null).
        plan.getWijken().stream().map(nl.coachplan.organisation.Wijk::getCode).toList());
    try {
      this.content = JSON.writeValueAsString(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public int getNumber() { return number; }
  public String getRecordedBy() { return recordedBy; }
  public Instant getRecordedAt() { return recordedAt; }

  public Text text() {
    try {
      return JSON.readValue(content, Text.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Version " + number + " of plan " + plan.getId() + " is not readable", e);
    }
  }
}
