package cn.szftu.studio.evaluation.process;

import cn.szftu.studio.application.process.CaseFields;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.evaluation.ExpertEvaluationProcess;
import cn.szftu.studio.evaluation.ExpertEvaluationProcess.Declaration;
import cn.szftu.studio.evaluation.ExpertEvaluationProcess.DisagreementDecision;
import cn.szftu.studio.evaluation.ExpertEvaluationProcess.ReplacementDecision;
import cn.szftu.studio.evaluation.ExpertEvaluationProcess.ShortageDecision;
import cn.szftu.studio.evaluation.form.ScoringFormGenerator;
import cn.szftu.studio.indicator.IndicatorSet;
import cn.szftu.studio.indicator.IndicatorSetParser;
import cn.szftu.studio.scoring.ScoringStructure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ClassPathResource;

/**
 * The expert-evaluation forms and the server agree: each static form submits exactly its task listener's fields, its
 * radio options are the server's enum, its id is the constant the BPMN refers to, and the generated scoring form
 * submits exactly what the scoring listener accepts.
 */
class EvaluationFormsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path BPMN = Path.of("processes/expert-evaluation.bpmn");

  static Stream<Arguments> forms() {
    return Stream.of(
        Arguments.of("forms/conflict-declaration.form", ExpertEvaluationProcess.FORM_DECLARATION,
            DeclarationTaskListener.FORM_FIELDS, ExpertEvaluationProcess.FIELD_DECLARATION, Declaration.values(),
            ExpertEvaluationProcess.DECLARE_CONFLICT),
        Arguments.of("forms/expert-shortage.form", ExpertEvaluationProcess.FORM_SHORTAGE,
            ShortageTaskListener.FORM_FIELDS, ExpertEvaluationProcess.FIELD_DECISION, ShortageDecision.values(),
            ExpertEvaluationProcess.RESOLVE_SHORTAGE),
        Arguments.of("forms/replacement-shortage.form", ExpertEvaluationProcess.FORM_REPLACEMENT_SHORTAGE,
            ReplacementShortageTaskListener.FORM_FIELDS, ExpertEvaluationProcess.FIELD_DECISION,
            ReplacementDecision.values(), ExpertEvaluationProcess.RESOLVE_REPLACEMENT_SHORTAGE),
        Arguments.of("forms/disagreement-review.form", ExpertEvaluationProcess.FORM_DISAGREEMENT,
            DisagreementTaskListener.FORM_FIELDS, ExpertEvaluationProcess.FIELD_DECISION,
            DisagreementDecision.values(), ExpertEvaluationProcess.REVIEW_DISAGREEMENT));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void formIdIsTheProcessConstant(String form, String formId, Set<String> fields, String choice, Enum<?>[] options,
      String taskId) throws Exception {
    assertThat(read(form).get("id").asText()).isEqualTo(formId);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void formSubmitsExactlyTheListenersFields(String form, String formId, Set<String> fields, String choice,
      Enum<?>[] options, String taskId) throws Exception {
    List<String> keys = keys(components(read(form)));

    assertThat(keys).doesNotHaveDuplicates();
    assertThat(fields).as("the listener's fields").isNotEmpty();
    // a key the listener does not know is refused on completion; a field the listener reads must be on the form
    assertThat(keys).allSatisfy(k -> assertThat(fields).as("listener fields").contains(k));
    assertThat(keys).containsExactlyInAnyOrderElementsOf(fields);
    assertThat(keys).containsAll(CaseFields.KEYS);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void radioOptionsAreTheServersEnum(String form, String formId, Set<String> fields, String choice,
      Enum<?>[] options, String taskId) throws Exception {
    List<JsonNode> components = components(read(form));
    List<JsonNode> radios = components.stream().filter(c -> "radio".equals(c.path("type").asText())).toList();

    assertThat(radios).hasSize(1);
    JsonNode radio = radios.get(0);
    assertThat(radio.get("key").asText()).isEqualTo(choice);
    assertThat(radio.at("/validate/required").asBoolean()).isTrue();
    List<String> values = new ArrayList<>();
    radio.get("values").forEach(v -> values.add(v.get("value").asText()));
    assertThat(values).containsExactlyElementsOf(Arrays.stream(options).map(Enum::name).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void caseFieldsAreReadOnly(String form, String formId, Set<String> fields, String choice, Enum<?>[] options,
      String taskId) throws Exception {
    List<JsonNode> components = components(read(form));

    for (String key : CaseFields.KEYS) {
      JsonNode field = components.stream().filter(c -> key.equals(c.path("key").asText())).findFirst().orElseThrow();
      assertThat(field.path("disabled").asBoolean()).as(key).isTrue();
    }
    JsonNode decision = components.stream().filter(c -> choice.equals(c.path("key").asText())).findFirst()
        .orElseThrow();
    assertThat(decision.path("disabled").asBoolean()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void componentIdsAreUnique(String form, String formId, Set<String> fields, String choice, Enum<?>[] options,
      String taskId) throws Exception {
    assertThat(components(read(form)).stream().map(c -> c.path("id").asText(null)).toList())
        .doesNotContainNull().doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void bpmnTaskReferencesTheForm(String form, String formId, Set<String> fields, String choice, Enum<?>[] options,
      String taskId) {
    UserTask task = bpmn().getModelElementById(taskId);

    assertThat(task).as(taskId).isNotNull();
    assertThat(task.getCamundaFormRef()).isEqualTo(formId);
    assertThat(task.getCamundaFormRefBinding()).isEqualTo("latest");
  }

  @Test
  void scoringTaskReferencesTheVersionsFormByExpression() {
    UserTask task = bpmn().getModelElementById(ExpertEvaluationProcess.SCORE_APPLICATION);

    assertThat(task).isNotNull();
    assertThat(task.getCamundaFormRef()).isEqualTo("${" + ExpertEvaluationProcess.VAR_SCORING_FORM + "}")
        .isEqualTo("${scoringFormKey}");
    // the generated forms are deployed separately from the process, so only "latest" can resolve them
    assertThat(task.getCamundaFormRefBinding()).isEqualTo("latest");
    assertThat(ExpertEvaluationProcess.PROCESS_VARIABLES).contains(ExpertEvaluationProcess.VAR_SCORING_FORM);
  }

  @Test
  void everyUserTaskHasOneOfTheKnownForms() {
    Map<String, String> refs = new LinkedHashMap<>();
    bpmn().getModelElementsByType(UserTask.class).forEach(t -> refs.put(t.getId(), t.getCamundaFormRef()));

    assertThat(refs).containsExactlyInAnyOrderEntriesOf(Map.of(
        ExpertEvaluationProcess.DECLARE_CONFLICT, ExpertEvaluationProcess.FORM_DECLARATION,
        ExpertEvaluationProcess.RESOLVE_SHORTAGE, ExpertEvaluationProcess.FORM_SHORTAGE,
        ExpertEvaluationProcess.RESOLVE_REPLACEMENT_SHORTAGE, ExpertEvaluationProcess.FORM_REPLACEMENT_SHORTAGE,
        ExpertEvaluationProcess.REVIEW_DISAGREEMENT, ExpertEvaluationProcess.FORM_DISAGREEMENT,
        ExpertEvaluationProcess.SCORE_APPLICATION, "${scoringFormKey}"));
  }

  /** The generated scoring form submits exactly what the scoring listener accepts, for the shipped set. */
  @Test
  void generatedScoringFormSubmitsTheScoringListenersFields() throws Exception {
    IndicatorSet set;
    try (InputStream in = new ClassPathResource("indicator/2023-reconstructed.yaml").getInputStream()) {
      set = new IndicatorSetParser().parse(in, "2023-reconstructed.yaml");
    }
    List<String> keys = keys(components(JSON.readTree(ScoringFormGenerator.generate(set))));

    assertThat(keys).doesNotHaveDuplicates();
    assertThat(keys).containsExactlyInAnyOrderElementsOf(ScoringTaskListener.formFields(ScoringStructure.of(set)));
  }

  private static BpmnModelInstance bpmn() {
    return Bpmn.readModelFromFile(new File(BPMN.toString()));
  }

  private static JsonNode read(String form) throws Exception {
    Path path = Path.of(form);
    assertThat(path).as("form file relative to the project root").isRegularFile();
    return JSON.readTree(Files.readString(path));
  }

  private static List<String> keys(List<JsonNode> components) {
    return components.stream().filter(c -> c.has("key")).map(c -> c.get("key").asText()).toList();
  }

  private static List<JsonNode> components(JsonNode node) {
    List<JsonNode> out = new ArrayList<>();
    node.path("components").forEach(c -> {
      out.add(c);
      out.addAll(components(c));
    });
    return out;
  }
}
