package nl.coachplan.portal;

import java.util.Map;
import nl.coachplan.identity.Viewer;
import nl.coachplan.tasks.TaskGone;
import nl.coachplan.tasks.TaskWork;
import nl.coachplan.validation.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One task in the portal: its form from the task's .form file, completed by posting it. */
@Controller
public class TaskPage {

  private final TaskWork tasks;

  public TaskPage(TaskWork tasks) {
    this.tasks = tasks;
  }

  @GetMapping("/portaal/taken/{id}")
  public String show(@PathVariable String id, @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer, Model model) {
    TaskWork.TaskView view;
    try {
      view = tasks.view(viewer, id);
    } catch (TaskGone gone) {
      return PortalErrors.taskGone(model);
    }
    return page(view, FormRenderer.render(view.form(), view.data()), false, model);
  }

  @PostMapping("/portaal/taken/{id}")
  public String complete(@PathVariable String id, @RequestParam MultiValueMap<String, String> params,
      @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer, Model model, RedirectAttributes redirect) {
    TaskWork.TaskView view;
    try {
      view = tasks.view(viewer, id);
    } catch (TaskGone | NotFound gone) {
      // Most likely done a moment ago, by this user in another window or by a colleague.
      return PortalErrors.taskGone(model);
    }
    FormInput.Parsed input = FormInput.parse(view.form(), params, view.data());
    Map<String, String> errors = input.errors();
    if (input.complete()) {
      try {
        tasks.complete(viewer, id, input.values());
        redirect.addFlashAttribute("confirmation", "Afgerond: " + view.task().name()
            + (view.task().reference() == null ? "" : " (" + view.task().reference() + ")") + ". Dank u wel.");
        return "redirect:/portaal";
      } catch (TaskGone gone) {
        return PortalErrors.taskGone(model);
      } catch (RuntimeException failure) {
        // The engine wraps a refusal raised inside the step; read it from the causes as the API does.
        errors = Violations.refusal(failure);
      }
    }
    return page(view, FormRenderer.render(view.form(), input.entered(), input.typed(), errors, view.data()), true, model);
  }

  /** {@code changed}: shown again with what was typed, so leaving it asks first. */
  private static String page(TaskWork.TaskView view, FormView form, boolean changed, Model model) {
    model.addAttribute("changed", changed);
    model.addAttribute("task", view.task());
    model.addAttribute("form", form);
    return "portal/task";
  }
}
