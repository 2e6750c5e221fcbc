package nl.coachplan.contractrenewal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import nl.coachplan.coachhiring.Contract;

/**
 * The aanvoerder's report on a contract year: reach, the results on the plan's intended outcomes,
 * stories and photo links, the participatieladder at start and end (only for a plan in the work
 * setting), spending, embedding.
 */
@Entity
public class YearReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @OneToOne(fetch = FetchType.LAZY, optional = false)
  private Contract contract;
  private int participantsReached;
  private int ladderStart1, ladderStart2, ladderStart3, ladderStart4, ladderStart5, ladderStart6;
  private int ladderEnd1, ladderEnd2, ladderEnd3, ladderEnd4, ladderEnd5, ladderEnd6;
  private String highlights;
  private BigDecimal spentEuro;
  private boolean wantsStructural;
  private String embeddingSteps;
  /** False when the plan is not in the work setting: then the ladder's counts are zeros that were never asked. */
  private boolean ladderApplies = true;
  private String stories;
  @ElementCollection
  @CollectionTable(name = "year_report_outcome", joinColumns = @JoinColumn(name = "year_report_id"))
  @OrderColumn(name = "line_no")
  private List<ReportedOutcome> outcomes = new ArrayList<>();
  @ElementCollection
  @CollectionTable(name = "year_report_photo", joinColumns = @JoinColumn(name = "year_report_id"))
  @OrderColumn(name = "line_no")
  private List<PhotoLink> photos = new ArrayList<>();
  private String submittedBy;
  private Instant submittedAt;
  @Version
  private long version;

  protected YearReport() {}

  YearReport(Contract contract) {
    this.contract = contract;
  }

  void fill(RenewalForms.YearReportForm form, boolean ladderApplies, List<ReportedOutcome> results, List<PhotoLink> photoLinks,
      String by, Instant at) {
    participantsReached = form.participantsReached();
    this.ladderApplies = ladderApplies;
    stories = form.stories() == null || form.stories().isBlank() ? null : form.stories().trim();
    outcomes.clear();
    outcomes.addAll(results);
    photos.clear();
    photos.addAll(photoLinks);
    int[] s = form.start().counts();
    int[] e = form.end().counts();
    ladderStart1 = s[0]; ladderStart2 = s[1]; ladderStart3 = s[2]; ladderStart4 = s[3]; ladderStart5 = s[4]; ladderStart6 = s[5];
    ladderEnd1 = e[0]; ladderEnd2 = e[1]; ladderEnd3 = e[2]; ladderEnd4 = e[3]; ladderEnd5 = e[4]; ladderEnd6 = e[5];
    highlights = form.highlights() == null || form.highlights().isBlank() ? null : form.highlights().trim();
    spentEuro = form.spentEuro();
    wantsStructural = Boolean.TRUE.equals(form.wantsStructural());
    embeddingSteps = String.join(",", form.steps());
    submittedBy = by;
    submittedAt = at;
  }

  public int[] ladderStart() {
    return new int[] {ladderStart1, ladderStart2, ladderStart3, ladderStart4, ladderStart5, ladderStart6};
  }

  public int[] ladderEnd() {
    return new int[] {ladderEnd1, ladderEnd2, ladderEnd3, ladderEnd4, ladderEnd5, ladderEnd6};
  }

  /** How far participants rose on average, in rungs (negative: they fell). */
  public double ladderRise() {
    return average(ladderEnd()) - average(ladderStart());
  }

  private static double average(int[] counts) {
    int total = Arrays.stream(counts).sum();
    if (total == 0) {
      return 0;
    }
    double weighted = 0;
    for (int rung = 0; rung < counts.length; rung++) {
      weighted += (rung + 1) * (double) counts[rung];
    }
    return weighted / total;
  }

  public Long getId() { return id; }
  public Contract getContract() { return contract; }
  public int getParticipantsReached() { return participantsReached; }
  public String getHighlights() { return highlights; }
  public BigDecimal getSpentEuro() { return spentEuro; }
  public boolean isWantsStructural() { return wantsStructural; }
  public List<String> getEmbeddingSteps() {
    return embeddingSteps == null || embeddingSteps.isBlank() ? List.of() : List.of(embeddingSteps.split(","));
  }
  public boolean isLadderApplies() { return ladderApplies; }
  public String getStories() { return stories; }
  public List<ReportedOutcome> getOutcomes() { return Collections.unmodifiableList(outcomes); }
  public List<PhotoLink> getPhotos() { return Collections.unmodifiableList(photos); }
  public String getSubmittedBy() { return submittedBy; }
  public Instant getSubmittedAt() { return submittedAt; }
}
