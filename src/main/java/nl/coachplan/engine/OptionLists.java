package nl.coachplan.engine;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The option lists the forms take by {@code valuesKey} at run time (organisations, code lists): no
 * form file holds one. Each list as form-js takes it, {@code [{label, value}]}. Read by the engine
 * plugins (the Tasklist's forms through either engine REST API), the task API and the portal.
 */
public interface OptionLists {

  /** Those of these names that are option lists, with their options now. */
  Map<String, List<Map<String, String>>> lists(Collection<String> names);

  /** The option lists a form schema names by {@code valuesKey}, anywhere in it (a dynamic list's fields too). */
  Map<String, List<Map<String, String>>> forForm(com.fasterxml.jackson.databind.JsonNode form);

  /** The option lists the form of this task names; empty when it names none or the task is gone. */
  Map<String, List<Map<String, String>>> ofTask(String taskId);

  /**
   * The option lists the start form of a process definition names: by id, or by key (its latest
   * version); empty when it has no such form.
   */
  Map<String, List<Map<String, String>>> ofStartForm(String definitionId, String definitionKey);
}
