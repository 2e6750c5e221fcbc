package nl.coachplan.portal;

import nl.coachplan.identity.Viewer;
import nl.coachplan.planintake.PlanSubmissions;
import nl.coachplan.validation.Forbidden;
import nl.coachplan.validation.InvalidFormDataException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Withdrawing a plan before its approval, for its aanvoerder (or the coordinator): a page that asks,
 * with room for a reason; the case file then shows the plan withdrawn. The access policy decides
 * from the case file ({@link PlanSubmissions#withdrawable}).
 */
@Controller
public class PlanWithdrawalPage {

  private final PlanSubmissions submissions;

  public PlanWithdrawalPage(PlanSubmissions submissions) {
    this.submissions = submissions;
  }

  @GetMapping("/portaal/plannen/{reference}/intrekken")
  public String ask(@PathVariable String reference, @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer, Model model) {
    PlanSubmissions.Withdrawable plan = submissions.withdrawable(reference, viewer);
    if (!plan.allowed()) {
      if (plan.stage().isBeforeApproval()) {
        throw new Forbidden("Alleen de aanvoerder van het plan of de coördinator kan het plan intrekken.");
      }
      return PortalErrors.message(model, "Plan " + plan.reference(), "Dit plan kan niet meer worden ingetrokken: het staat in de fase '"
          + plan.stage().label() + "'. Intrekken kan alleen vóór de goedkeuring.");
    }
    return page(plan, "", null, false, model);
  }

  @PostMapping("/portaal/plannen/{reference}/intrekken")
  public String withdraw(@PathVariable String reference, @RequestParam(name = "reason", required = false) String reason,
      @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer, Model model, RedirectAttributes redirect) {
    boolean withdrawn;
    try {
      withdrawn = submissions.withdraw(reference, reason, viewer);
    } catch (InvalidFormDataException refused) {
      return page(submissions.withdrawable(reference, viewer), reason, Violations.refusal(refused).get("reason"), true, model);
    }
    redirect.addFlashAttribute("confirmation", withdrawn
        ? "Plan " + reference + " is ingetrokken. De spelers en de coördinator zien dat in dit dossier."
        : "Plan " + reference + " kon niet meer worden ingetrokken: het is al goedgekeurd, afgewezen of ingetrokken.");
    return "redirect:/cases/" + reference;
  }

  private static String page(PlanSubmissions.Withdrawable plan, String reason, String error, boolean changed, Model model) {
    model.addAttribute("reference", plan.reference());
    model.addAttribute("title", plan.title());
    model.addAttribute("reason", reason);
    model.addAttribute("error", error);
    model.addAttribute("changed", changed);
    return "portal/withdraw-plan";
  }
}
