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

/** Calls {@code /engine-rest} as the Tasklist does: HTTP Basic as a real user, form variables typed as it types them. */
public abstract class RestTestSupport extends CaseTestSupport {

  @Autowired protected TestRestTemplate http;
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

  protected String openTask(String user, String businessKey, String taskKey) throws Exception {
    JsonNode tasks = read(call(user, HttpMethod.GET, "/task?processInstanceBusinessKey=" + businessKey
        + "&taskDefinitionKey=" + taskKey, null));
    assertThat(tasks).as("%s sees task %s of %s", user, taskKey, businessKey).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  protected ResponseEntity<String> submitTask(String user, String taskId, Object... pairs) throws Exception {
    return call(user, HttpMethod.POST, "/task/" + taskId + "/submit-form", form(pairs));
  }

  protected String submitPlan(String user, Object... pairs) throws Exception {
    ResponseEntity<String> response = call(user, HttpMethod.POST, "/process-definition/key/plan-intake/submit-form", form(pairs));
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    return read(response).get("businessKey").asText();
  }
}
