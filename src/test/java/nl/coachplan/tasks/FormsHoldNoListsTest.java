package nl.coachplan.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.coachplan.contractrenewal.EmbeddingSteps;
import nl.coachplan.planintake.Codes;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Camunda Form under {@code processes/} holds an organisation or a code list: they name the list
 * by {@code valuesKey} and {@link FormOptions} fills it at run time, so a new organisation needs no
 * redeploy and the forms never drift from what the server accepts.
 */
class FormsHoldNoListsTest {

  private static final Set<String> CHOICES = Set.of("select", "radio", "checklist", "taglist");

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void noFormHoldsAnOrganisationOrACode() throws IOException {
    Set<String> forbidden = new HashSet<>();
    Stream.of(Codes.TARGET_GROUPS, Codes.SETTINGS, Codes.PROFILE_TYPES, Codes.CONTRIBUTION_KINDS, Codes.COMPETENCIES,
        EmbeddingSteps.LABELS, Codes.OUTCOMES).forEach(codes -> forbidden.addAll(codes.keySet()));
    Set<String> organisations = demoOrganisations();
    assertThat(organisations).as("the demo's organisations, read from application-demo.yml").hasSize(12);
    forbidden.addAll(organisations);

    List<Path> forms = forms();
    assertThat(forms).hasSizeGreaterThan(15);
    List<String> found = new ArrayList<>();
    List<String> valuesKeys = new ArrayList<>();
    for (Path form : forms) {
      for (JsonNode component : json.readTree(form.toFile()).findParents("type")) {
        component.path("values").forEach(option -> {
          if (forbidden.contains(option.path("value").asText())) {
            found.add(form.getFileName() + ": " + component.path("key").asText() + " = " + option.path("value").asText());
          }
        });
        if (CHOICES.contains(component.path("type").asText()) && component.has("valuesKey")) {
          valuesKeys.add(component.path("valuesKey").asText());
        }
      }
    }
    assertThat(found).as("organisations and codes written into a form").isEmpty();
    assertThat(valuesKeys).as("every list a form names is one FormOptions fills").isNotEmpty().allMatch(FormOptions.NAMES::contains);
    assertThat(valuesKeys).containsAll(FormOptions.NAMES);
  }

  @Test
  void theChoicesOfOrganisationsAndCodesAreNamedLists() throws IOException {
    Map<String, String> expected = new java.util.HashMap<>(Map.of("aanvoerder", FormOptions.ORGANISATIONS, "organization", FormOptions.ORGANISATIONS,
        "invitedOrganizations", FormOptions.ORGANISATIONS, "attendingOrganizations", FormOptions.ORGANISATIONS,
        "targetGroups", FormOptions.TARGET_GROUPS, "settings", FormOptions.SETTINGS, "profileType", FormOptions.PROFILE_TYPES,
        "kind", FormOptions.CONTRIBUTION_KINDS, "competencies", FormOptions.COMPETENCIES, "embeddingSteps", FormOptions.EMBEDDING_STEPS));
    expected.put("outcome", FormOptions.OUTCOMES);
    int seen = 0;
    for (Path form : forms()) {
      for (JsonNode component : json.readTree(form.toFile()).findParents("type")) {
        String key = component.path("key").asText();
        if (expected.containsKey(key) && CHOICES.contains(component.path("type").asText())) {
          assertThat(component.has("values")).as("%s: %s holds its options", form.getFileName(), key).isFalse();
          assertThat(component.path("valuesKey").asText()).as("%s: %s", form.getFileName(), key).isEqualTo(expected.get(key));
          seen++;
        }
      }
    }
    assertThat(seen).as("choices of organisations and codes in the forms").isGreaterThanOrEqualTo(16);
  }

  private static List<Path> forms() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("processes"))) {
      return files.filter(p -> p.toString().endsWith(".form")).sorted().toList();
    }
  }

  @SuppressWarnings("unchecked")
  private static Set<String> demoOrganisations() throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application-demo.yml"))) {
      Map<String, Object> demo = new Yaml().load(in);
      List<Map<String, Object>> listed = (List<Map<String, Object>>) ((Map<String, Object>) demo.get("coachplan")).get("organisations");
      Set<String> slugs = new HashSet<>();
      listed.forEach(o -> slugs.add(String.valueOf(o.get("slug"))));
      return slugs;
    }
  }
}
