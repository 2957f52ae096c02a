package cn.szftu.studio.revocation.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.revocation.BatchRevocationProcess;
import cn.szftu.studio.revocation.BatchRevocationRequest;
import cn.szftu.studio.revocation.RevocationGround;
import cn.szftu.studio.revocation.RevocationRequest;
import cn.szftu.studio.revocation.StudioRevocationProcess;
import cn.szftu.studio.revocation.StudioRevocationProcess.Decision;
import cn.szftu.studio.revocation.StudioRevocationProcess.DefenceChoice;
import cn.szftu.studio.revocation.StudioRevocationProcess.Opinion;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The revocation forms and the server agree: each form submits exactly what its listener (or start check) accepts,
 * shows its case fields read-only, offers exactly the server's options, and is the one its BPMN element references.
 */
class RevocationFormsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SINGLE = "processes/studio-revocation.bpmn";
  private static final String BATCH = "processes/batch-revocation.bpmn";

  static Stream<Arguments> taskForms() {
    return Stream.of(
        Arguments.of("forms/revocation-defence.form", StudioRevocationProcess.FORM_DEFENCE,
            DefenceTaskListener.FORM_FIELDS, DefenceTaskListener.SHOWN, DefenceChoice.values(),
            List.of(SINGLE + "#" + StudioRevocationProcess.SUBMIT_DEFENCE)),
        Arguments.of("forms/revocation-opinion.form", StudioRevocationProcess.FORM_OPINION,
            OpinionTaskListener.FORM_FIELDS, OpinionTaskListener.SHOWN, Opinion.values(),
            List.of(SINGLE + "#" + StudioRevocationProcess.PREPARE_OPINION)),
        Arguments.of("forms/revocation-decision.form", StudioRevocationProcess.FORM_DECISION,
            DecisionTaskListener.FORM_FIELDS, DecisionTaskListener.SHOWN, Decision.values(),
            List.of(SINGLE + "#" + StudioRevocationProcess.LEADERSHIP_DECISION)),
        Arguments.of("forms/batch-revocation-decision.form", BatchRevocationProcess.FORM_DECISION,
            BatchDecisionTaskListener.FORM_FIELDS, BatchDecisionTaskListener.SHOWN, Decision.values(),
            List.of(BATCH + "#" + BatchRevocationProcess.LEADERSHIP_DECISION)),
        Arguments.of("forms/plaque-return.form", StudioRevocationProcess.FORM_PLAQUE_RETURN,
            PlaqueReturnTaskListener.FORM_FIELDS, PlaqueReturnTaskListener.SHOWN, new Enum<?>[0],
            List.of(SINGLE + "#" + StudioRevocationProcess.RETURN_PLAQUE,
                BATCH + "#" + BatchRevocationProcess.RETURN_PLAQUE)),
        Arguments.of("forms/plaque-receipt.form", StudioRevocationProcess.FORM_PLAQUE_RECEIPT,
            PlaqueReceiptTaskListener.FORM_FIELDS, PlaqueReceiptTaskListener.SHOWN, new Enum<?>[0],
            List.of(SINGLE + "#" + StudioRevocationProcess.CONFIRM_PLAQUE_RETURNED,
                BATCH + "#" + BatchRevocationProcess.CONFIRM_PLAQUE_RETURNED)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("taskForms")
  void taskFormSubmitsExactlyTheListenersFieldsAndShowsTheCaseReadOnly(String form, String id, Set<String> fields,
      List<String> shown, Enum<?>[] options, List<String> tasks) throws Exception {
    JsonNode json = read(form);
    List<JsonNode> components = components(json);

    assertThat(json.get("id").asText()).isEqualTo(id);
    assertThat(keys(components)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(fields);
    assertThat(components.stream().filter(c -> c.path("disabled").asBoolean()).map(c -> c.get("key").asText()))
        .containsExactlyInAnyOrderElementsOf(shown);
    assertThat(components.stream().map(c -> c.path("id").asText(null)).toList()).doesNotContainNull()
        .doesNotHaveDuplicates();
    List<JsonNode> radios = components.stream().filter(c -> "radio".equals(c.path("type").asText())).toList();
    assertThat(radios).hasSize(options.length == 0 ? 0 : 1);
    radios.forEach(radio -> assertThat(values(radio))
        .containsExactlyElementsOf(Arrays.stream(options).map(Enum::name).toList()));
    for (String task : tasks) {
      String[] where = task.split("#");
      UserTask userTask = model(where[0]).getModelElementById(where[1]);
      assertThat(userTask).as(task).isNotNull();
      assertThat(userTask.getCamundaFormRef()).isEqualTo(id);
      assertThat(userTask.getCamundaFormRefBinding()).isEqualTo("latest");
    }
  }

  static Stream<Arguments> startForms() {
    return Stream.of(
        Arguments.of("forms/studio-revocation.form", StudioRevocationProcess.FORM_START, RevocationRequest.FORM_FIELDS,
            SINGLE, StudioRevocationProcess.START),
        Arguments.of("forms/batch-revocation.form", BatchRevocationProcess.FORM_START,
            BatchRevocationRequest.FORM_FIELDS, BATCH, BatchRevocationProcess.START));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("startForms")
  void startFormOffersTheGroundsAndSubmitsWhatTheStartAccepts(String form, String id, Set<String> fields,
      String bpmn, String startEvent) throws Exception {
    JsonNode json = read(form);
    List<JsonNode> components = components(json);

    assertThat(json.get("id").asText()).isEqualTo(id);
    assertThat(keys(components)).containsExactlyInAnyOrderElementsOf(fields);
    JsonNode ground = components.stream().filter(c -> StudioRevocationProcess.VAR_GROUND.equals(c.path("key")
        .asText())).findFirst().orElseThrow();
    assertThat(values(ground)).containsExactlyElementsOf(Arrays.stream(RevocationGround.values()).map(Enum::name)
        .toList());
    List<String> labels = new ArrayList<>();
    ground.get("values").forEach(v -> labels.add(v.get("label").asText()));
    assertThat(labels).containsExactlyElementsOf(Arrays.stream(RevocationGround.values()).map(RevocationGround::label)
        .toList());
    StartEvent start = model(bpmn).getModelElementById(startEvent);
    assertThat(start.getCamundaFormRef()).isEqualTo(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {SINGLE, BATCH})
  void modelIsDrawnHasAHistoryTimeToLiveAndNoScripts(String bpmn) {
    BpmnModelInstance model = model(bpmn);

    Set<String> shapes = new java.util.HashSet<>();
    model.getModelElementsByType(BpmnShape.class).forEach(s -> shapes.add(s.getBpmnElement().getId()));
    Set<String> edges = new java.util.HashSet<>();
    model.getModelElementsByType(BpmnEdge.class).forEach(e -> edges.add(e.getBpmnElement().getId()));
    assertThat(model.getModelElementsByType(FlowNode.class)).extracting(BaseElement::getId).allSatisfy(
        node -> assertThat(shapes).as("shape of " + node).contains(node));
    assertThat(model.getModelElementsByType(SequenceFlow.class)).extracting(BaseElement::getId).allSatisfy(
        flow -> assertThat(edges).as("edge of " + flow).contains(flow));
    assertThat(model.getModelElementsByType(Process.class)).singleElement()
        .satisfies(p -> assertThat(p.getCamundaHistoryTimeToLiveString()).isNotBlank());
    assertThat(model.getModelElementsByType(ScriptTask.class)).isEmpty();
    assertThat(model.getModelElementsByType(FlowNode.class)).allSatisfy(
        node -> assertThat(node.getName()).as("Chinese name of " + node.getId()).isNotBlank());
  }

  private static BpmnModelInstance model(String path) {
    return Bpmn.readModelFromFile(new File(path));
  }

  private static JsonNode read(String form) throws Exception {
    return JSON.readTree(Files.readString(Path.of(form)));
  }

  private static List<String> values(JsonNode choice) {
    List<String> values = new ArrayList<>();
    choice.get("values").forEach(v -> values.add(v.get("value").asText()));
    return values;
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
