package nl.coachplan.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import nl.coachplan.contractrenewal.EmbeddingSteps;
import nl.coachplan.engine.AsCaller;
import nl.coachplan.engine.OptionLists;
import nl.coachplan.forms.FormSchemas;
import nl.coachplan.organisation.Organisations;
import nl.coachplan.organisation.Wijken;
import nl.coachplan.planintake.Codes;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.springframework.stereotype.Component;

/**
 * Every form's organisation and code lists, built in this one place when a form is read: the
 * organisations from their table (one registered a moment ago is there at once), the codes from
 * {@link Codes} and {@link EmbeddingSteps}, which the server also checks submissions against. The
 * {@code .form} files name a list by its {@code valuesKey} and hold none.
 */
@Component
public class FormOptions implements OptionLists {

  public static final String ORGANISATIONS = "organisationOptions";
  public static final String TARGET_GROUPS = "targetGroupOptions";
  public static final String SETTINGS = "settingOptions";
  public static final String PROFILE_TYPES = "profileTypeOptions";
  public static final String CONTRIBUTION_KINDS = "contributionKindOptions";
  public static final String COMPETENCIES = "competencyOptions";
  public static final String EMBEDDING_STEPS = "embeddingStepOptions";
  public static final String OUTCOMES = "outcomeOptions";
  public static final String WIJKEN = "wijkOptions";
  /** Every list's name, as the forms' {@code valuesKey}. */
  public static final List<String> NAMES = List.of(ORGANISATIONS, TARGET_GROUPS, SETTINGS, PROFILE_TYPES, CONTRIBUTION_KINDS,
      COMPETENCIES, EMBEDDING_STEPS, OUTCOMES, WIJKEN);

  private final Map<String, Supplier<List<Map<String, String>>>> lists = new LinkedHashMap<>();
  private final FormSchemas forms;
  private final TaskService tasks;
  private final RepositoryService repository;
  private final AsCaller asCaller;

  public FormOptions(Organisations organisations, Wijken wijken, FormSchemas forms, TaskService tasks, RepositoryService repository,
      AsCaller asCaller) {
    this.forms = forms;
    this.tasks = tasks;
    this.repository = repository;
    this.asCaller = asCaller;
    lists.put(ORGANISATIONS, () -> organisations.all().stream().map(o -> option(o.getName(), o.getSlug())).toList());
    codes(TARGET_GROUPS, Codes.TARGET_GROUPS);
    codes(SETTINGS, Codes.SETTINGS);
    codes(PROFILE_TYPES, Codes.PROFILE_TYPES);
    codes(CONTRIBUTION_KINDS, Codes.CONTRIBUTION_KINDS);
    codes(COMPETENCIES, Codes.COMPETENCIES);
    codes(EMBEDDING_STEPS, EmbeddingSteps.LABELS);
    codes(OUTCOMES, Codes.OUTCOMES);
    // Read each time, as the organisations: a wijk the coordinator just entered can be chosen at once.
    lists.put(WIJKEN, () -> wijken.all().stream().map(w -> option(w.label(), w.getCode())).toList());
  }

  @Override
  public Map<String, List<Map<String, String>>> lists(Collection<String> names) {
    Map<String, List<Map<String, String>>> found = new LinkedHashMap<>();
    for (String name : new LinkedHashSet<>(names)) {
      Supplier<List<Map<String, String>>> list = lists.get(name);
      if (list != null) {
        found.put(name, list.get());
      }
    }
    return found;
  }

  @Override
  public Map<String, List<Map<String, String>>> forForm(JsonNode form) {
    Set<String> keys = new LinkedHashSet<>();
    form.findValues("valuesKey").forEach(key -> keys.add(key.asText()));
    return lists(keys);
  }

  @Override
  public Map<String, List<Map<String, String>>> ofTask(String taskId) {
    // The caller has already been allowed to read the task's form; which form it is, is the application's to look up.
    String formId = asCaller.run(null, List.of(), () -> {
      Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
      return task == null || task.getCamundaFormRef() == null ? null : task.getCamundaFormRef().getKey();
    });
    return ofForm(formId);
  }

  @Override
  public Map<String, List<Map<String, String>>> ofStartForm(String definitionId, String definitionKey) {
    String formId = asCaller.run(null, List.of(), () -> {
      ProcessDefinition definition = definitionKey != null
          ? repository.createProcessDefinitionQuery().processDefinitionKey(definitionKey).latestVersion().withoutTenantId().singleResult()
          : repository.createProcessDefinitionQuery().processDefinitionId(definitionId).singleResult();
      if (definition == null) {
        return null;
      }
      return repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(StartEvent.class).stream()
          .filter(start -> start.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.Process)
          .map(StartEvent::getCamundaFormRef).filter(Objects::nonNull).findFirst().orElse(null);
    });
    return ofForm(formId);
  }

  private Map<String, List<Map<String, String>>> ofForm(String formId) {
    return forms.byId(formId).map(schema -> lists(schema.shown())).orElse(Map.of());
  }

  private void codes(String name, Map<String, String> codes) {
    List<Map<String, String>> options = codes.entrySet().stream().map(e -> option(e.getValue(), e.getKey())).toList();
    lists.put(name, () -> options);
  }

  private static Map<String, String> option(String label, String value) {
    Map<String, String> option = new LinkedHashMap<>();
    option.put("label", label);
    option.put("value", value);
    return option;
  }
}
