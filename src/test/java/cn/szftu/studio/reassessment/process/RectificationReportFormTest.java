package cn.szftu.studio.reassessment.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.reassessment.StudioReassessmentProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The rectification report form and the server agree (same id, exactly the listener's fields, only the report
 * editable), and the process model is complete: every element drawn, ids from the constants class.
 */
class RectificationReportFormTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theFormSubmitsExactlyTheListenersFieldsAndOnlyTheReportIsEditable() throws Exception {
    JsonNode form = read("forms/rectification-report.form");
    assertThat(form.get("id").asText()).isEqualTo(StudioReassessmentProcess.FORM_RECTIFICATION_REPORT);
    List<JsonNode> fields = new ArrayList<>();
    collect(form.get("components"), fields);
    List<String> keys = fields.stream().map(f -> f.get("key").asText()).toList();
    assertThat(keys).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(RectificationReportTaskListener.FORM_FIELDS);
    assertThat(fields.stream().filter(f -> !f.path("disabled").asBoolean()).map(f -> f.get("key").asText()))
        .containsExactly(StudioReassessmentProcess.FIELD_REPORT);
    JsonNode report = fields.stream().filter(f -> f.get("key").asText().equals(StudioReassessmentProcess.FIELD_REPORT))
        .findFirst().orElseThrow();
    assertThat(report.at("/validate/required").asBoolean()).isTrue();
    assertThat(report.at("/validate/maxLength").asInt()).isEqualTo(RectificationReportTaskListener.MAX_REPORT);
  }

  @Test
  void theModelUsesTheConstantsAndDrawsEveryElement() throws Exception {
    BpmnModelInstance model;
    try (InputStream in = new ClassPathResource("processes/studio-reassessment.bpmn").getInputStream()) {
      model = Bpmn.readModelFromStream(in);
    }
    Bpmn.validateModel(model);
    UserTask report = model.getModelElementById(StudioReassessmentProcess.SUBMIT_RECTIFICATION_REPORT);
    assertThat(report.getCamundaFormRef()).isEqualTo(StudioReassessmentProcess.FORM_RECTIFICATION_REPORT);
    for (String id : List.of(StudioReassessmentProcess.START, StudioReassessmentProcess.SCHEDULE_REVIEW,
        StudioReassessmentProcess.AWAIT_REVIEW, StudioReassessmentProcess.REVIEW_DUE,
        StudioReassessmentProcess.REVOKED_WHILE_WAITING, StudioReassessmentProcess.OPEN_REASSESSMENT,
        StudioReassessmentProcess.ASSESSMENT, StudioReassessmentProcess.REVOKED_DURING_ASSESSMENT,
        StudioReassessmentProcess.DECIDE_OUTCOME, StudioReassessmentProcess.RECTIFICATION_DEADLINE,
        StudioReassessmentProcess.REVOKED_DURING_RECTIFICATION, StudioReassessmentProcess.RECORD_LAPSE,
        StudioReassessmentProcess.SECOND_ASSESSMENT, StudioReassessmentProcess.REVOKED_DURING_SECOND_ASSESSMENT,
        StudioReassessmentProcess.DECIDE_SECOND_OUTCOME, StudioReassessmentProcess.REVOCATION,
        StudioReassessmentProcess.RECORD_REVOCATION_DECISION, StudioReassessmentProcess.END_REVOKED_WHILE_WAITING,
        StudioReassessmentProcess.END_REVOKED_DURING_ASSESSMENT,
        StudioReassessmentProcess.END_REVOKED_DURING_RECTIFICATION,
        StudioReassessmentProcess.END_REVOKED_DURING_SECOND_ASSESSMENT,
        StudioReassessmentProcess.END_REVOKED_AFTER_REASSESSMENT)) {
      assertThat((BaseElement) model.getModelElementById(id)).as(id).isNotNull();
    }
    List<String> drawn = model.getModelElementsByType(BpmnShape.class).stream()
        .map(s -> s.getBpmnElement().getId()).toList();
    assertThat(model.getModelElementsByType(FlowNode.class)).allSatisfy(node ->
        assertThat(drawn).as("shape of " + node.getId()).contains(node.getId()));
    List<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
        .map(e -> e.getBpmnElement().getId()).toList();
    assertThat(model.getModelElementsByType(SequenceFlow.class)).allSatisfy(flow ->
        assertThat(edges).as("edge of " + flow.getId()).contains(flow.getId()));
    assertThat(model.getModelElementsByType(FlowNode.class)).allSatisfy(node ->
        assertThat(node.getName()).as("Chinese name of " + node.getId()).isNotBlank());
  }

  private static JsonNode read(String resource) throws Exception {
    try (InputStream in = new ClassPathResource(resource).getInputStream()) {
      return JSON.readTree(in);
    }
  }

  private static void collect(JsonNode components, List<JsonNode> fields) {
    for (JsonNode component : components) {
      if (component.has("key")) {
        fields.add(component);
      }
      if (component.has("components")) {
        collect(component.get("components"), fields);
      }
    }
  }
}
