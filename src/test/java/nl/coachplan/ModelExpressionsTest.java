package nl.coachplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.coachplan.engine.ProcessVariables;
import nl.coachplan.forms.FormSchemas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every expression in the models under {@code processes/} names a bean method, a property or a
 * process variable that exists: renaming a method a model calls fails the build, not a running
 * case. See {@link ModelExpressions} for what is checked and how names are told apart.
 */
class ModelExpressionsTest extends ProcessTestSupport {

  /** The variables the steps read and write by name: the constants of {@link ProcessVariables}. */
  private static final Set<String> NAMED_IN_JAVA = Arrays.stream(ProcessVariables.class.getFields())
      .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
      .map(f -> {
        try {
          return (String) f.get(null);
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      })
      .collect(Collectors.toUnmodifiableSet());

  /**
   * What earlier versions of the models call (from {@code git log -p -- processes}): their running
   * instances keep their version, so these must keep resolving as long as such instances may run.
   */
  private static final List<String[]> OLDER_VERSIONS = List.of(
      new String[] {"plan-intake.bpmn", "confirmContribution", "camunda:candidateGroups", "${planIntake.confirmationGroup(contributionId)}"},
      new String[] {"contract-renewal.bpmn", "reconfirmContribution", "camunda:candidateGroups",
          "${contractRenewal.reconfirmationGroup(contributionId)}"},
      new String[] {"plan-intake.bpmn", "plan-intake", "camunda:executionListener", "${planAccess.instanceEnded(execution)}"},
      // The coordinator's renew/structural/end decision, before the roles at renewal were split (issue 19).
      new String[] {"contract-renewal.bpmn", "evaluateYear", "camunda:taskListener", "${contractRenewal.evaluated(task)}"},
      // The aanvoerder's tasks in all three processes (revisePlan, openVacancy, submitYearReport, ...).
      new String[] {"coach-hiring.bpmn", "openVacancy", "camunda:candidateGroups", "org-${aanvoerder}"});

  @Autowired ApplicationContext context;
  @Autowired FormSchemas formSchemas;

  private final Set<String> formIds = new TreeSet<>();
  private final Set<String> formFields = new TreeSet<>();
  private final Set<String> declaredByModels = new TreeSet<>();
  private final Set<String> decisionIds = new TreeSet<>();

  @BeforeEach
  void readTheFormsAndWhatTheModelsDeclare() throws Exception {
    ObjectMapper json = new ObjectMapper();
    for (Path form : files(".form")) {
      String id = json.readTree(form.toFile()).path("id").asText();
      formIds.add(id);
      formFields.addAll(formSchemas.byId(id).orElseThrow().inputs().keySet());
    }
    for (Path model : models()) {
      try (InputStream in = Files.newInputStream(model)) {
        declaredByModels.addAll(ModelExpressions.declaredVariables(in));
      }
      if (model.toString().endsWith(".dmn")) {
        try (InputStream in = Files.newInputStream(model)) {
          decisionIds.addAll(ModelExpressions.decisionIds(in));
        }
      }
    }
  }

  @Test
  void everyExpressionInTheModelsResolves() throws Exception {
    ModelExpressions check = checker();
    List<Path> models = models();
    assertThat(models).anyMatch(p -> p.toString().endsWith(".bpmn")).anyMatch(p -> p.toString().endsWith(".dmn"));
    for (Path model : models) {
      try (InputStream in = Files.newInputStream(model)) {
        check.checkModel(model.toString(), in);
      }
    }
    assertThat(check.checkedPerFile().keySet()).as("models with expressions or references checked")
        .containsExactlyInAnyOrderElementsOf(models.stream().map(Path::toString).toList());
    assertThat(check.problems()).withFailMessage("Expressions in processes/ that do not resolve:%n  %s",
        String.join(String.format("%n  "), check.problems())).isEmpty();
  }

  @Test
  void whatOlderProcessVersionsCallStillResolves() {
    ModelExpressions check = checker();
    for (String[] older : OLDER_VERSIONS) {
      check.checkExpression("an older " + older[0], older[1], older[2], older[3]);
    }
    assertThat(check.problems()).withFailMessage("Expressions of older process versions that no longer resolve:%n  %s",
        String.join(String.format("%n  "), check.problems())).isEmpty();
  }

  /** The check itself: each kind of mistake is reported with the file, element and expression. */
  @Test
  void aRenamedMethodAWrongArityAnOverloadAnUnknownNameAndAMissingClassAreReported() {
    String bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            id="d" targetNamespace="t">
          <bpmn:process id="p" isExecutable="true">
            <bpmn:documentation>Not an expression: ${whatever}</bpmn:documentation>
            <bpmn:userTask id="fine" camunda:formRef="screen-plan" camunda:candidateGroups="${caseOf.aanvoerderGroup(execution)}">
              <bpmn:extensionElements>
                <camunda:taskListener expression="${planIntake.showPlan(task)}" event="create" />
              </bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:serviceTask id="renamed" camunda:expression="${planIntake.approvedNow(execution)}" />
            <bpmn:serviceTask id="arity" camunda:expression="${planIntake.approved(execution, 'x')}" />
            <bpmn:serviceTask id="chain" camunda:expression="${caseOf.aanvoerderGroup(execution).noSuchMethod()}" />
            <bpmn:serviceTask id="overloaded" camunda:expression="${caseOf.aanvoerderGroup(execution).indexOf('x')}" />
            <bpmn:serviceTask id="property" camunda:expression="${execution.noSuchProperty}" />
            <bpmn:serviceTask id="missingClass" camunda:class="nl.coachplan.NoSuchDelegate" />
            <bpmn:userTask id="missingForm" camunda:formRef="no-such-form" />
            <bpmn:sequenceFlow id="unknownVariable" sourceRef="fine" targetRef="renamed">
              <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${screeningOutcom == 'complete'}</bpmn:conditionExpression>
            </bpmn:sequenceFlow>
            <bpmn:intermediateCatchEvent id="unknownFunction">
              <bpmn:timerEventDefinition><bpmn:timeDate xsi:type="bpmn:tFormalExpression">${tomorrow()}</bpmn:timeDate></bpmn:timerEventDefinition>
            </bpmn:intermediateCatchEvent>
          </bpmn:process>
        </bpmn:definitions>
        """;
    String dmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="d" namespace="n">
          <decision id="x">
            <decisionTable id="t">
              <input id="known"><inputExpression id="e1" typeRef="string"><text>profileType</text></inputExpression></input>
              <input id="unknown"><inputExpression id="e2" typeRef="boolean"><text>competencyList != null and list contains(competencyLijst, "policy")</text></inputExpression></input>
            </decisionTable>
          </decision>
        </definitions>
        """;
    ModelExpressions check = checker();
    check.checkModel("test.bpmn", new ByteArrayInputStream(bpmn.getBytes(StandardCharsets.UTF_8)));
    check.checkModel("test.dmn", new ByteArrayInputStream(dmn.getBytes(StandardCharsets.UTF_8)));

    assertThat(check.problems()).noneMatch(p -> p.contains("element fine,") || p.contains("whatever") || p.contains("element e1,"));
    assertThat(check.problems()).anyMatch(p -> p.startsWith("test.bpmn, element renamed, camunda:expression: ${planIntake.approvedNow(execution)}: ")
        && p.contains("PlanIntakeSteps has no public method approvedNow with 1 argument"));
    assertThat(check.problems()).anyMatch(p -> p.contains("element arity,") && p.contains("no public method approved with 2 arguments (it has one with 1)"));
    assertThat(check.problems()).anyMatch(p -> p.contains("element chain,") && p.contains("String has no public method noSuchMethod"));
    assertThat(check.problems()).anyMatch(p -> p.contains("element overloaded,") && p.contains("String has 2 public methods indexOf with 1 argument"));
    assertThat(check.problems()).anyMatch(p -> p.contains("element property,") && p.contains("DelegateExecution has no property noSuchProperty"));
    assertThat(check.problems()).anyMatch(p -> p.contains("element missingClass, camunda:class: nl.coachplan.NoSuchDelegate: no such class"));
    assertThat(check.problems()).anyMatch(p -> p.contains("element missingForm, camunda:formRef: no-such-form"));
    assertThat(check.problems()).anyMatch(p -> p.contains("element unknownVariable, <bpmn:conditionExpression>")
        && p.contains("'screeningOutcom' is neither a bean"));
    assertThat(check.problems()).anyMatch(p -> p.contains("element unknownFunction,") && p.contains("function tomorrow()"));
    assertThat(check.problems()).anyMatch(p -> p.startsWith("test.dmn, element e2, <inputExpression>") && p.contains("'competencyLijst'"));
    assertThat(check.problems()).hasSize(10);
  }

  private ModelExpressions checker() {
    return new ModelExpressions(context, this::documented, formIds, decisionIds);
  }

  /** A process variable we know of: a form's field, one a model declares, or one {@link ProcessVariables} names. */
  private boolean documented(String name) {
    return formFields.contains(name) || declaredByModels.contains(name) || NAMED_IN_JAVA.contains(name);
  }

  private static List<Path> models() throws Exception {
    return Stream.concat(files(".bpmn").stream(), files(".dmn").stream()).sorted().toList();
  }

  private static List<Path> files(String extension) throws Exception {
    try (Stream<Path> walk = Files.walk(Path.of("processes"))) {
      return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(extension)).sorted().toList();
    }
  }
}
