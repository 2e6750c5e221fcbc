package nl.coachplan.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.coachplan.engine.AsCaller;
import nl.coachplan.forms.FormSchemas;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of the engine ({@code /engine-rest} and the Camunda webapps with their engine API). Only
 * the municipality's staff pass: organisations and the wijkteam are sent to the portal. Of the
 * engine's generic operations, which reach much further than any form, staff other than the
 * administrator keep what their work needs: reading, working on a task through its form, and
 * starting a process through its start form. A form submission may carry only its form's fields,
 * as plain values. Everything else (instance modification, restart, migration, messages, jobs,
 * variables, files, deployments) is the administrator's. Refused before the engine sees it, so a
 * refused job execution costs the job nothing.
 */
public class EngineGate extends OncePerRequestFilter {

  static final int BODY_LIMIT = 256 * 1024;

  /** Queries sent as POST: they read, the engine's authorizations decide what. */
  private static final List<Pattern> QUERIES = List.of(
      Pattern.compile("/(task|process-instance|execution|variable-instance|job|external-task|incident)(/count)?"),
      Pattern.compile("/history/(?!cleanup$)[a-z-]+(/count)?"),
      Pattern.compile("/filter/[^/]+/(list|count|singleResult)"));
  private static final Pattern TASK_WORK = Pattern.compile("/task/([^/]+)/(claim|unclaim|assignee|comment/create)");
  private static final Pattern TASK_FORM = Pattern.compile("/task/([^/]+)/(complete|submit-form)");
  private static final Pattern START_FORM =
      Pattern.compile("/process-definition/(?:key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/(start|submit-form)");
  /** Variable types a form sends; files, bytes and serialized objects are not form input. */
  private static final Set<String> FORM_TYPES = Set.of("string", "boolean", "integer", "long", "short", "double", "date", "json", "null");

  /** A process that follows from the step before it (hiring, a contract year) is never started by hand. */
  private static final Map<String, FormSchemas.Input> NO_START_FORM = java.util.Collections.unmodifiableMap(new java.util.HashMap<>());

  private final AccessPolicy policy;
  private final FormSchemas forms;
  private final AsCaller asCaller;
  private final TaskService tasks;
  private final RepositoryService repository;
  private final ObjectMapper json = new ObjectMapper();

  public EngineGate(AccessPolicy policy, FormSchemas forms, AsCaller asCaller, TaskService tasks, RepositoryService repository) {
    this.policy = policy;
    this.forms = forms;
    this.asCaller = asCaller;
    this.tasks = tasks;
    this.repository = repository;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
    if (signedIn == null || !signedIn.isAuthenticated() || signedIn instanceof AnonymousAuthenticationToken) {
      // Not signed in: the engine's own filter answers 401, the webapps our login page.
      chain.doFilter(request, response);
      return;
    }
    Viewer viewer = ViewerFilter.viewerOf(signedIn);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!policy.mayUseEngine(viewer)) {
      if ("GET".equals(request.getMethod()) && !path.startsWith("/engine-rest/") && !path.startsWith("/camunda/api/")) {
        response.sendRedirect(request.getContextPath() + "/portaal");
      } else {
        refuse(response, "De engine is alleen voor medewerkers van de gemeente. Organisaties werken in het portaal (/portaal) "
            + "en via /api/v1.");
      }
      return;
    }
    String operation = engineOperation(path);
    if ("DELETE".equals(request.getMethod()) && operation != null && deletesOwnAccount(operation, viewer.userId())) {
      // Not even the administrator: a slip would leave nobody to sign in with (and to undo it).
      refuse(response, "U kunt uw eigen account niet verwijderen; vraag dat aan een andere beheerder.");
      return;
    }
    if (operation == null || policy.mayOperateEngine(viewer) || isRead(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    if (operation.contains(";") || operation.contains("%") || operation.contains("//") || operation.contains("/.")
        || request.getHeader("X-HTTP-Method-Override") != null) {
      refuse(response, "Dit verzoek aan de engine wordt niet aangenomen.");
      return;
    }
    if ("POST".equals(request.getMethod()) && QUERIES.stream().anyMatch(q -> q.matcher(operation).matches())) {
      chain.doFilter(request, response);
      return;
    }
    boolean works = policy.mayWorkInEngine(viewer);
    if ("POST".equals(request.getMethod()) && works && TASK_WORK.matcher(operation).matches()) {
      chain.doFilter(request, response);
      return;
    }
    Matcher taskForm = TASK_FORM.matcher(operation);
    Matcher startForm = START_FORM.matcher(operation);
    boolean isTaskForm = "POST".equals(request.getMethod()) && works && taskForm.matches();
    boolean isStartForm = "POST".equals(request.getMethod()) && policy.mayStartInEngine(viewer) && startForm.matches();
    if (!isTaskForm && !isStartForm) {
      refuse(response, "Deze bewerking van de engine is voorbehouden aan de beheerder; werk via de formulieren van de taken.");
      return;
    }
    CachedBody body = CachedBody.read(request, BODY_LIMIT);
    if (body == null) {
      problem(response, 413, "Te groot", "Het verzoek is te groot; een formulier bevat alleen korte gegevens.");
      return;
    }
    Map<String, FormSchemas.Input> inputs = isTaskForm ? taskInputs(taskForm.group(1)) : startInputs(startForm.group(1), startForm.group(2));
    if (inputs == NO_START_FORM) {
      refuse(response, "Dit proces wordt door Coachplan zelf gestart, vanuit de stap ervoor; het heeft geen startformulier.");
      return;
    }
    String refusal = inputs == null ? null : refusal(body.text(), inputs, isTaskForm);
    if (refusal != null) {
      refuse(response, refusal);
      return;
    }
    chain.doFilter(body, response);
  }

  private static boolean isRead(String method) {
    return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
  }

  /** Whether {@code DELETE operation} deletes the caller's own user, however the id is spelled (encoded, in capitals, with a slash). */
  static boolean deletesOwnAccount(String operation, String userId) {
    Matcher user = Pattern.compile("/user/([^/;]+)(;[^/]*)?/?").matcher(operation);
    return user.matches() && userId != null
        && org.springframework.web.util.UriUtils.decode(user.group(1), java.nio.charset.StandardCharsets.UTF_8).equalsIgnoreCase(userId);
  }

  /** The engine operation a path names ({@code /task/1/complete}), or null when the path is not the engine's REST API. */
  static String engineOperation(String path) {
    String rest;
    if (path.startsWith("/engine-rest/")) {
      rest = path.substring("/engine-rest".length());
    } else if (path.startsWith("/camunda/api/engine/")) {
      rest = path.substring("/camunda/api/engine".length());
    } else {
      return null;
    }
    // A named engine: /engine/default/task/... is the same as /task/...
    Matcher named = Pattern.compile("/engine/[^/]+(/.*)").matcher(rest);
    return named.matches() ? named.group(1) : rest;
  }

  /** Why a form submission is refused, or null: only the form's own fields, as plain values, and nothing that steers the engine. */
  private String refusal(String text, Map<String, FormSchemas.Input> inputs, boolean task) {
    JsonNode body;
    try {
      body = text.isBlank() ? json.createObjectNode() : json.readTree(text);
    } catch (IOException e) {
      return null; // not JSON: the engine answers 400 itself
    }
    if (!body.isObject()) {
      return null;
    }
    Set<String> allowed = Set.of("variables", "withVariablesInReturn");
    for (Iterator<String> names = body.fieldNames(); names.hasNext();) {
      String name = names.next();
      // The Tasklist's start dialog sends an empty business key field; a key of one's own choosing is not form input.
      boolean emptyKey = !task && name.equals("businessKey") && body.path(name).asText("").isBlank();
      if (!allowed.contains(name) && !emptyKey) {
        return "Een formulier kan '" + name + "' niet meesturen; dat is voorbehouden aan de beheerder.";
      }
    }
    JsonNode variables = body.path("variables");
    for (Iterator<Map.Entry<String, JsonNode>> fields = variables.fields(); fields.hasNext();) {
      Map.Entry<String, JsonNode> variable = fields.next();
      if (!inputs.containsKey(variable.getKey())) {
        return "Dit formulier heeft geen veld '" + variable.getKey() + "'; alleen de velden van het formulier kunnen worden ingevuld.";
      }
      String type = variable.getValue().path("type").asText("").toLowerCase(java.util.Locale.ROOT);
      if (!type.isEmpty() && !FORM_TYPES.contains(type)) {
        return "Het veld '" + variable.getKey() + "' kan geen waarde van het type " + variable.getValue().path("type").asText()
            + " krijgen; een formulier stuurt tekst, getallen, datums, ja/nee en lijsten.";
      }
    }
    return null;
  }

  /** The inputs of the task's form; null when the task does not exist (the engine answers that itself). */
  private Map<String, FormSchemas.Input> taskInputs(String taskId) {
    return asCaller.run(null, List.of(), () -> {
      Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
      if (task == null) {
        return null;
      }
      String formId = task.getCamundaFormRef() == null ? null : task.getCamundaFormRef().getKey();
      return forms.byId(formId).map(FormSchemas.Schema::inputs).orElse(Map.of());
    });
  }

  private Map<String, FormSchemas.Input> startInputs(String key, String id) {
    return asCaller.run(null, List.of(), () -> {
      ProcessDefinition definition = key != null
          ? repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().withoutTenantId().singleResult()
          : repository.createProcessDefinitionQuery().processDefinitionId(id).singleResult();
      if (definition == null) {
        return null;
      }
      String formId = repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(StartEvent.class).stream()
          .filter(start -> start.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.Process)
          .map(StartEvent::getCamundaFormRef).filter(java.util.Objects::nonNull).findFirst().orElse(null);
      return forms.byId(formId).map(FormSchemas.Schema::inputs).orElse(NO_START_FORM);
    });
  }

  private void refuse(HttpServletResponse response, String detail) throws IOException {
    problem(response, 403, "Geen toegang", detail);
  }

  private void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(json.writeValueAsString(Map.of("type", "about:blank", "title", title, "status", status,
        "detail", detail, "message", detail)));
  }
}
