package nl.coachplan.casefile;

import java.util.ArrayList;
import java.util.List;
import nl.coachplan.dashboard.Svg;
import nl.coachplan.identity.AccessPolicy;
import nl.coachplan.identity.Viewer;
import nl.coachplan.planintake.PlanStage;
import nl.coachplan.planintake.PlanSubmissions;
import nl.coachplan.web.StaffPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;

/** One page per case, for the coordinator and everyone who may see the plan. */
@Controller
@StaffPage
public class CaseFilePage {

  private static final AccessPolicy POLICY = new AccessPolicy();
  private final CaseFiles caseFiles;

  public CaseFilePage(CaseFiles caseFiles) {
    this.caseFiles = caseFiles;
  }

  public record LadderChart(int contractYear, String svg) {}

  /** Consecutive steps of one process of the case (intake, hiring, a contract year), newest first. */
  public record TimelineGroup(String process, List<CaseFile.TimelineEntry> entries) {}

  static List<TimelineGroup> groups(List<CaseFile.TimelineEntry> timeline) {
    List<TimelineGroup> groups = new ArrayList<>();
    for (CaseFile.TimelineEntry entry : timeline) {
      if (groups.isEmpty() || !java.util.Objects.equals(groups.get(groups.size() - 1).process(), entry.process())) {
        groups.add(new TimelineGroup(entry.process(), new ArrayList<>()));
      }
      groups.get(groups.size() - 1).entries().add(entry);
    }
    return groups;
  }

  @GetMapping("/cases/{reference}")
  public String caseFile(@PathVariable String reference, @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer, Model model) {
    CaseFile file = caseFiles.caseFile(reference, viewer);
    List<LadderChart> ladders = new ArrayList<>();
    for (CaseFile.YearReportView report : file.yearReports()) {
      ladders.add(new LadderChart(report.contractYear(), !report.ladderApplies() ? null
          : Svg.ladder("Participatieladder contractjaar " + report.contractYear(), report.ladderStart(), report.ladderEnd())));
    }
    model.addAttribute("file", file);
    model.addAttribute("ladders", ladders);
    model.addAttribute("timeline", groups(file.timeline()));
    model.addAttribute("viewer", viewer);
    model.addAttribute("staff", POLICY.mayUseEngine(viewer));
    model.addAttribute("mayWithdraw", PlanSubmissions.mayWithdraw(POLICY, viewer, PlanStage.valueOf(file.stage()), file.aanvoerder()));
    return "case";
  }
}
