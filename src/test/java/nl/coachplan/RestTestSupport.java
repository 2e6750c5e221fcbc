package nl.coachplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Acts as the people do: staff through {@code /engine-rest} as the Tasklist does (HTTP Basic as a real
 * user, form variables typed as it types them), organisations through {@code /api/v1} as the portal
 * does (plain JSON), since the engine is closed to them.
 */
public abstract class RestTestSupport extends CaseTestSupport {

  @Autowired protected TestRestTemplate http;

  /** A browser-like client that shows redirects and errors instead of acting on them. */
  protected org.springframework.web.client.RestTemplate browser() {
    var factory = new org.springframework.http.client.SimpleClientHttpRequestFactory() {
      @Override
      protected void prepareConnection(java.net.HttpURLConnection connection, String method) throws java.io.IOException {
        super.prepareConnection(connection, method);
        connection.setInstanceFollowRedirects(false);
      }
    };
    var template = new org.springframework.web.client.RestTemplate(factory);
    template.setUriTemplateHandler(new org.springframework.web.util.DefaultUriBuilderFactory(http.getRootUri()));
    template.setErrorHandler(response -> false);
    return template;
  }
  protected final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void restUsers() {
    user("rest-coordinator", "coordinator");
    user("rest-policy", "policy-officer");
    user("rest-wei", "org-werk-en-inkomen");
    user("rest-swos", "org-swos");
    user("rest-mee", "org-mee");
    user("rest-elzis", "org-elzis");
    user("rest-manager", "manager");
    user("rest-admin", "camunda-admin");
  }

  protected ResponseEntity<String> call(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (user != null) {
      headers.setBasicAuth(user, user);
    }
    return http.exchange("/engine-rest" + path, method, new HttpEntity<>(body, headers), String.class);
  }

  /** A call to our own API ({@code /api/v1/...}); {@code body} as JSON. */
  protected ResponseEntity<String> api(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (user != null) {
      headers.setBasicAuth(user, user);
    }
    return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  /** Organisations and the wijkteam work in the portal over {@code /api/v1}; staff in the engine. */
  protected boolean worksInPortal(String user) {
    // Read as the system: the test thread may act as a user who cannot read groups.
    org.camunda.bpm.engine.impl.identity.Authentication current = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return identityService.createGroupQuery().groupMember(user).unlimitedList().stream()
          .anyMatch(g -> g.getId().startsWith("org-") || g.getId().equals("wijkteam"));
    } finally {
      if (current != null) {
        identityService.setAuthentication(current);
      }
    }
  }

  /** The user's open tasks as the task API lists them. */
  protected JsonNode apiTasks(String user) throws Exception {
    ResponseEntity<String> response = api(user, HttpMethod.GET, "/api/v1/tasks", null);
    assertThat(response.getStatusCode().value()).as("%s lists its tasks: %s", user, response.getBody()).isEqualTo(200);
    return read(response);
  }

  protected JsonNode read(ResponseEntity<String> response) throws Exception {
    assertThat(response.getBody()).as("body of a %s answer", response.getStatusCode()).isNotNull();
    return json.readTree(response.getBody());
  }

  /** Variables as the Tasklist sends them: plain values, lists as Json text. */
  protected static Map<String, Object> form(Object... pairs) throws Exception {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      Object value = pairs[i + 1];
      if (value instanceof List<?> || value instanceof Map<?, ?>) {
        variables.put((String) pairs[i], Map.of("type", "Json", "value", new ObjectMapper().writeValueAsString(value)));
      } else {
        Map<String, Object> typed = new LinkedHashMap<>();
        typed.put("value", value);
        variables.put((String) pairs[i], typed);
      }
    }
    return Map.of("variables", variables);
  }

  protected Object[] planForm(int year, Object requestedFte, List<Map<String, Object>> contributions) {
    return new Object[] {"roundYear", year, "title", "Buurtsportcoach jongeren", "goals", "Jongeren in beweging",
        "targetGroups", List.of("youth"), "settings", List.of("neighbourhood"), "requestedFte", requestedFte,
        "profileType", "buurtsportcoach", "aanvoerderContributionEuro", 26000, "contributions", contributions};
  }

  protected static Object[] with(Object[] pairs, Object... more) {
    Object[] all = java.util.Arrays.copyOf(pairs, pairs.length + more.length);
    System.arraycopy(more, 0, all, pairs.length, more.length);
    return all;
  }

  /**
   * The one open task {@code taskKey} of the instance with this business key that the user sees. A
   * contract year's business key is {@code <ref>/<year>}; the task API names only the plan's reference,
   * so its candidates are narrowed to the year by the engine's own record.
   */
  protected String openTask(String user, String businessKey, String taskKey) throws Exception {
    if (!worksInPortal(user)) {
      JsonNode tasks = read(call(user, HttpMethod.GET, "/task?processInstanceBusinessKey=" + businessKey
          + "&taskDefinitionKey=" + taskKey + "&maxResults=100", null));
      assertThat(tasks).as("%s sees task %s of %s", user, taskKey, businessKey).hasSize(1);
      return tasks.get(0).get("id").asText();
    }
    String reference = businessKey.contains("/") ? businessKey.substring(0, businessKey.indexOf('/')) : businessKey;
    List<String> ids = new java.util.ArrayList<>();
    for (JsonNode task : apiTasks(user)) {
      if (reference.equals(task.path("reference").asText()) && taskKey.equals(task.path("taskDefinitionKey").asText())
          && businessKey.equals(businessKeyOfTask(task.get("id").asText()))) {
        ids.add(task.get("id").asText());
      }
    }
    assertThat(ids).as("%s sees task %s of %s", user, taskKey, businessKey).hasSize(1);
    return ids.get(0);
  }

  private String businessKeyOfTask(String taskId) {
    org.camunda.bpm.engine.task.Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      return null;
    }
    return runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey();
  }

  /** Completes a task: staff by the engine's submit-form, organisations by the task API with plain values. */
  protected ResponseEntity<String> submitTask(String user, String taskId, Object... pairs) throws Exception {
    if (worksInPortal(user)) {
      return api(user, HttpMethod.POST, "/api/v1/tasks/" + taskId + "/complete", plain(pairs));
    }
    return call(user, HttpMethod.POST, "/task/" + taskId + "/submit-form", form(pairs));
  }

  /** Values as the portal sends them: plain JSON, lists as arrays, groups as objects. */
  protected static Map<String, Object> plain(Object... pairs) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put((String) pairs[i], pairs[i + 1]);
    }
    return values;
  }

  /** Submits a plan and returns its reference: staff by the engine's start form, organisations by POST /api/v1/plans. */
  protected String submitPlan(String user, Object... pairs) throws Exception {
    if (worksInPortal(user)) {
      ResponseEntity<String> response = api(user, HttpMethod.POST, "/api/v1/plans", plain(pairs));
      assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
      return read(response).get("reference").asText();
    }
    ResponseEntity<String> response = call(user, HttpMethod.POST, "/process-definition/key/plan-intake/submit-form", form(pairs));
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    return read(response).get("businessKey").asText();
  }
}
