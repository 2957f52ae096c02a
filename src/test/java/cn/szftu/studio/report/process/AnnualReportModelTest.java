package cn.szftu.studio.report.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.report.AnnualReportProcess;
import cn.szftu.studio.report.AnnualReportProcess.FollowUpDecision;
import cn.szftu.studio.report.AnnualReportProcess.ReviewDecision;
import cn.szftu.studio.report.AnnualReportRoundProcess;
import cn.szftu.studio.report.ReportForm;
import cn.szftu.studio.report.RoundForm;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
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
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The annual-report models, forms and code agree: every element is drawn, ids are the constants, each form submits
 * exactly what its listener reads, radio options are the server's enums, and what a form only shows is read-only.
 */
class AnnualReportModelTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REPORT_BPMN = "processes/annual-report.bpmn";
  private static final String ROUND_BPMN = "processes/annual-report-round.bpmn";

  @ParameterizedTest
  @ValueSource(strings = {REPORT_BPMN, ROUND_BPMN})
  void everyElementIsDrawnAndNamedInChineseWithoutScripts(String file) {
    BpmnModelInstance model = bpmn(file);
    List<String> drawn = new ArrayList<>();
    model.getModelElementsByType(BpmnShape.class).forEach(s -> drawn.add(s.getBpmnElement().getId()));
    model.getModelElementsByType(BpmnEdge.class).forEach(e -> drawn.add(e.getBpmnElement().getId()));

    List<String> elements = model.getModelElementsByType(FlowElement.class).stream().map(BaseElement::getId).toList();
    assertThat(drawn).containsExactlyInAnyOrderElementsOf(elements);
    model.getModelElementsByType(FlowElement.class).stream()
        .filter(e -> !(e instanceof org.camunda.bpm.model.bpmn.instance.SequenceFlow))
        .forEach(e -> assertThat(e.getName()).as(e.getId() + " name").isNotBlank().matches(".*\\p{IsHan}.*"));
    assertThat(model.getModelElementsByType(ScriptTask.class)).isEmpty();
    Process process = model.getModelElementsByType(Process.class).iterator().next();
    assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("P3650D");
  }

  @Test
  void constantsNameTheModelsElements() throws Exception {
    assertIdsExist(AnnualReportProcess.class, bpmn(REPORT_BPMN), AnnualReportProcess.KEY);
    assertIdsExist(AnnualReportRoundProcess.class, bpmn(ROUND_BPMN), AnnualReportRoundProcess.KEY);
  }

  @Test
  void theStudioRevokedMessageHasTheAgreedName() {
    Message message = bpmn(REPORT_BPMN).getModelElementById("Message_StudioRevoked");
    assertThat(message.getName()).isEqualTo(AnnualReportProcess.MESSAGE_STUDIO_REVOKED)
        .isEqualTo("Message_StudioRevoked");
    StartEvent start = bpmn(REPORT_BPMN).getModelElementById(AnnualReportProcess.STUDIO_REVOKED);
    assertThat(start.isInterrupting()).isTrue();
  }

  @Test
  void everyUserTaskHasItsForm() {
    Map<String, String> refs = new LinkedHashMap<>();
    bpmn(REPORT_BPMN).getModelElementsByType(UserTask.class).forEach(t -> {
      refs.put(t.getId(), t.getCamundaFormRef());
      assertThat(t.getCamundaFormRefBinding()).isEqualTo("latest");
    });
    assertThat(refs).containsExactlyInAnyOrderEntriesOf(Map.of(
        AnnualReportProcess.FILE_REPORT, AnnualReportProcess.FORM_REPORT,
        AnnualReportProcess.REVISE, AnnualReportProcess.FORM_REPORT,
        AnnualReportProcess.FOLLOW_UP, AnnualReportProcess.FORM_FOLLOW_UP,
        AnnualReportProcess.REVIEW, AnnualReportProcess.FORM_REVIEW));
    StartEvent roundStart = bpmn(ROUND_BPMN).getModelElementById(AnnualReportRoundProcess.START);
    assertThat(roundStart.getCamundaFormRef()).isEqualTo(AnnualReportRoundProcess.FORM_ROUND);
  }

  static Stream<Arguments> forms() {
    return Stream.of(
        Arguments.of("forms/annual-report.form", AnnualReportProcess.FORM_REPORT, ReportTaskListener.FORM_FIELDS,
            null, null),
        Arguments.of("forms/annual-report-follow-up.form", AnnualReportProcess.FORM_FOLLOW_UP,
            FollowUpTaskListener.FORM_FIELDS, AnnualReportProcess.FIELD_DECISION, FollowUpDecision.values()),
        Arguments.of("forms/annual-report-review.form", AnnualReportProcess.FORM_REVIEW,
            ReviewTaskListener.FORM_FIELDS, AnnualReportProcess.FIELD_DECISION, ReviewDecision.values()),
        Arguments.of("forms/annual-report-round.form", AnnualReportRoundProcess.FORM_ROUND, RoundForm.FIELDS, null,
            null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void formSubmitsExactlyWhatTheServerReads(String form, String id, Set<String> fields, String choice,
      Enum<?>[] options) throws Exception {
    JsonNode json = read(form);
    List<JsonNode> components = components(json);
    List<String> keys = components.stream().filter(c -> c.has("key")).map(c -> c.get("key").asText()).toList();

    assertThat(json.get("id").asText()).isEqualTo(id);
    assertThat(keys).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(fields);
    assertThat(components.stream().map(c -> c.path("id").asText(null)).toList()).doesNotContainNull()
        .doesNotHaveDuplicates();
    if (choice != null) {
      JsonNode radio = components.stream().filter(c -> choice.equals(c.path("key").asText())).findFirst()
          .orElseThrow();
      List<String> values = new ArrayList<>();
      radio.get("values").forEach(v -> values.add(v.get("value").asText()));
      assertThat(values).containsExactlyElementsOf(Arrays.stream(options).map(Enum::name).toList());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void whatTheFormOnlyShowsIsReadOnly(String form, String id, Set<String> fields, String choice, Enum<?>[] options)
      throws Exception {
    for (JsonNode c : components(read(form))) {
      if (!c.has("key")) {
        continue;
      }
      String key = c.get("key").asText();
      Set<String> inputs = form.endsWith("annual-report.form") ? ReportForm.FIELDS
          : form.endsWith("round.form") ? RoundForm.FIELDS
          : Set.of(AnnualReportProcess.FIELD_DECISION, AnnualReportProcess.FIELD_REASONS);
      boolean input = inputs.contains(key);
      assertThat(c.path("disabled").asBoolean()).as(form + " " + key).isEqualTo(!input);
    }
  }

  @Test
  void reportFormLabelsAreTheServersLabels() throws Exception {
    for (JsonNode c : components(read("forms/annual-report.form"))) {
      String key = c.path("key").asText();
      if (ReportForm.FIELDS.contains(key) && !ReportForm.PLEDGE.equals(key)) {
        assertThat(c.get("label").asText()).as(key).startsWith(ReportForm.LABELS.get(key));
      }
    }
  }

  private static void assertIdsExist(Class<?> constants, BpmnModelInstance model, String key) throws Exception {
    for (Field field : constants.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        String value = (String) field.get(null);
        if (value.matches("(StartEvent|EndEvent|Task|Event|SubProcess|Gateway)_.*")) {
          assertThat((Object) model.getModelElementById(value)).as(field.getName() + " = " + value).isNotNull();
        }
      }
    }
    assertThat((Object) model.getModelElementById(key)).isNotNull();
  }

  private static BpmnModelInstance bpmn(String file) {
    return Bpmn.readModelFromFile(new File(file));
  }

  private static JsonNode read(String form) throws Exception {
    return JSON.readTree(Files.readString(Path.of(form)));
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
