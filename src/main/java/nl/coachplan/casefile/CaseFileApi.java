package nl.coachplan.casefile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.coachplan.identity.Viewer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "Plannen", description = "Het dossier van een plan en het indienen van plannen")
public class CaseFileApi {

  private final CaseFiles caseFiles;

  public CaseFileApi(CaseFiles caseFiles) {
    this.caseFiles = caseFiles;
  }

  @GetMapping("/{reference}")
  @Operation(summary = "Het dossier van een plan met elke versie van de tekst en de tijdlijn van elke stap")
  public CaseFile caseFile(@PathVariable String reference, @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer) {
    return caseFiles.caseFile(reference, viewer);
  }
}
