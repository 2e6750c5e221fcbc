package nl.coachplan.notification;

import java.time.Instant;
import nl.coachplan.engine.Markdown;

/** The Dutch texts of Coachplan's mails. */
final class MailTexts {

  private MailTexts() {}

  record Mail(String subject, String body) {}

  static Mail newTask(String taskName, String caseKey, String caseTitle, Instant due, String link, boolean portal) {
    return new Mail("Nieuwe taak in Coachplan: " + taskName + " (" + caseKey + ")",
        "Goedendag,\n\n"
            + "Er staat een taak voor u klaar in Coachplan: " + taskName + ".\n"
            + "Dossier: " + caseKey + (caseTitle == null ? "" : " – " + caseTitle) + "\n"
            + (due == null ? "" : "Graag uiterlijk " + Markdown.date(due) + " afronden.\n")
            + "\n" + open(portal) + link + "\n\n"
            + "Met vriendelijke groet,\nCoachplan\n");
  }

  static Mail overdue(String taskName, String caseKey, String caseTitle, Instant due, String link, boolean portal) {
    return new Mail("Herinnering: " + taskName + " (" + caseKey + ") wacht nog",
        "Goedendag,\n\n"
            + "De taak \"" + taskName + "\" in dossier " + caseKey + (caseTitle == null ? "" : " – " + caseTitle)
            + " had " + (due == null ? "al eerder" : "uiterlijk " + Markdown.date(due))
            + " afgerond moeten zijn en wacht nog op u.\n\n"
            + open(portal) + link + "\n\n"
            + "Met vriendelijke groet,\nCoachplan\n");
  }

  private static String open(boolean portal) {
    return portal ? "Open de taak in het portaal van Coachplan: " : "Open de taak in de Tasklist: ";
  }
}
