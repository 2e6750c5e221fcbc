package nl.coachplan.tasks;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import nl.coachplan.identity.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's tasks: the portal works through this, and staff may too. Nobody needs engine rights for it. */
@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Taken")
public class TaskApi {

  private final TaskWork work;

  public TaskApi(TaskWork work) {
    this.work = work;
  }

  /** One task with its Camunda Form and the values it shows. */
  public record TaskDetail(@JsonUnwrapped TaskWork.OpenTask task, JsonNode form, Map<String, Object> data) {}

  @GetMapping
  @Operation(summary = "Uw open taken en die van uw organisatie, nieuwste eerst")
  public List<TaskWork.OpenTask> open(@RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer) {
    return work.open(viewer);
  }

  @GetMapping("/{id}")
  @Operation(summary = "Een taak met haar formulier (Camunda Form) en de gegevens die het toont")
  public TaskDetail task(@PathVariable String id, @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer) {
    TaskWork.TaskView view = work.view(viewer, id);
    return new TaskDetail(view.task(), view.form(), view.data());
  }

  @PostMapping(path = "/{id}/complete", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Een taak afronden met de waarden van haar formulier (lijsten als array, een groep als object, datums jjjj-mm-dd)")
  public ResponseEntity<Void> complete(@PathVariable String id, @RequestBody Map<String, Object> values,
      @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer) {
    work.complete(viewer, id, values);
    return ResponseEntity.noContent().build();
  }

  @ExceptionHandler(TaskGone.class)
  ResponseEntity<ProblemDetail> gone(TaskGone e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setTitle("Taak al afgerond");
    problem.setType(URI.create("about:blank"));
    problem.setProperty("message", e.getMessage());
    return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
