package nl.coachplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import nl.coachplan.RestTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/** The OpenAPI document of /api/v1 (Swagger UI) names the API, says in Dutch what it is for and carries the build's version. */
class ApiDocumentationTest extends RestTestSupport {

  @Test
  void theApiIsTitledDescribedAndVersioned() throws Exception {
    // The API docs are for staff (Safe defaults).
    JsonNode doc = read(api("rest-coordinator", HttpMethod.GET, "/v3/api-docs", null));
    JsonNode info = doc.get("info");
    assertThat(info.get("title").asText()).isEqualTo("Coachplan API");
    assertThat(info.get("description").asText()).contains("Organisaties").contains("portaal").contains("Medewerkers")
        .contains("problem+json");
    assertThat(info.get("version").asText()).as("the build's version, not springdoc's v0").isNotIn("v0", "0").isNotBlank();
    if (getClass().getResource("/META-INF/build-info.properties") != null) {
      assertThat(info.get("version").asText()).endsWith("SNAPSHOT").startsWith("0.");
    }

    List<String> tags = new ArrayList<>();
    doc.get("tags").forEach(tag -> {
      tags.add(tag.get("name").asText());
      assertThat(tag.path("description").asText()).as("tag %s", tag.get("name")).isNotBlank();
    });
    assertThat(tags).contains("Plannen", "Taken", "Rondes");

    doc.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
      JsonNode op = operation.getValue();
      assertThat(op.path("summary").asText()).as("%s %s", operation.getKey(), path.getKey()).isNotBlank();
      assertThat(op.path("tags")).as("%s %s", operation.getKey(), path.getKey()).isNotEmpty();
      op.path("parameters").forEach(parameter -> assertThat(parameter.get("name").asText())
          .as("the signed-in user is no parameter of %s", path.getKey()).isNotEqualTo("viewer"));
    }));
  }
}
