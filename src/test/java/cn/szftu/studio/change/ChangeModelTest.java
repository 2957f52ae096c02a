package cn.szftu.studio.change;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.application.form.SkillLevel;
import cn.szftu.studio.change.form.ChangeRequestFields;
import cn.szftu.studio.change.form.ChangeRequestValidator;
import cn.szftu.studio.eligibility.HonourLevel;
import cn.szftu.studio.eligibility.HonourType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

/**
 * The process model, its forms and the server agree: every element id the code names exists and is drawn, every form
 * a task references is shipped, and the forms submit exactly the keys the server reads, with the server's options.
 */
class ChangeModelTest {

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void everyElementIsDrawnAndEveryConstantNamesAnElement() throws Exception {
    BpmnModelInstance model = model();
    Set<String> drawn = model.getModelElementsByType(BpmnShape.class).stream()
        .map(s -> s.getBpmnElement().getId()).collect(Collectors.toSet());
    Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
        .map(s -> s.getBpmnElement().getId()).collect(Collectors.toSet());
    List<String> nodes = model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId).toList();
    assertThat(drawn).containsAll(nodes);
    assertThat(edges).containsAll(model.getModelElementsByType(SequenceFlow.class).stream()
        .map(SequenceFlow::getId).toList());
    assertThat(model.getModelElementsByType(ScriptTask.class)).isEmpty();

    Process process = model.getModelElementById(StudioChangeProcess.KEY);
    assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
    for (Field constant : StudioChangeProcess.class.getFields()) {
      String name = constant.getName();
      boolean element = Modifier.isStatic(constant.getModifiers()) && constant.getType() == String.class
          && !name.startsWith("VAR_") && !name.startsWith("FIELD_") && !name.startsWith("FORM_")
          && !name.startsWith("REVOCATION_") && !name.equals("KEY");
      if (element) {
        String id = (String) constant.get(null);
        assertThat((Object) model.getModelElementById(id)).as(name + " = " + id).isNotNull();
      }
    }
  }

  @Test
  void everyReferencedFormIsShippedUnderItsId() throws Exception {
    BpmnModelInstance model = model();
    List<String> refs = new ArrayList<>(model.getModelElementsByType(UserTask.class).stream()
        .map(UserTask::getCamundaFormRef).toList());
    refs.add(model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.StartEvent.class).stream()
        .filter(s -> s.getCamundaFormRef() != null).findFirst().orElseThrow().getCamundaFormRef());
    Set<String> shipped = new HashSet<>();
    for (String file : List.of("studio-change", "studio-change-correction", "studio-change-union-review",
        "studio-change-office-approval", "studio-change-leadership-approval", "studio-change-move-out")) {
      shipped.add(read("forms/" + file + ".form").get("id").asText());
    }
    assertThat(shipped).containsExactlyInAnyOrderElementsOf(refs);
  }

  @ParameterizedTest
  @ValueSource(strings = {"forms/studio-change.form", "forms/studio-change-correction.form"})
  void requestFormsCarryTheValidatorsKeysAndOptions(String form) throws Exception {
    List<JsonNode> fields = fields(read(form));
    Set<String> keys = keys(fields);
    keys.removeAll(List.of(ChangeRequestFields.HONOUR_TYPE, ChangeRequestFields.HONOUR_LEVEL,
        ChangeRequestFields.HONOUR_YEAR, ChangeRequestFields.HONOUR_TITLE));
    Set<String> expected = new HashSet<>(ChangeRequestFields.KEYS);
    if (form.contains("correction")) {
      // the studio stays the same: its naming number is shown, not edited
      expected.remove(ChangeRequestFields.NAMING_NUMBER);
      expected.add(StudioChangeProcess.FIELD_CORRECTION_CHOICE);
    }
    assertThat(keys).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(options(fields, ChangeRequestFields.CHANGE_TYPE)).containsExactlyElementsOf(names(ChangeType.values()));
    assertThat(options(fields, ChangeRequestFields.NEW_LEADER_SKILL_LEVEL))
        .containsExactlyElementsOf(names(SkillLevel.values()));
    assertThat(options(fields, ChangeRequestFields.HONOUR_TYPE)).containsExactlyElementsOf(names(HonourType.values()));
    assertThat(options(fields, ChangeRequestFields.HONOUR_LEVEL))
        .containsExactlyInAnyOrderElementsOf(names(HonourLevel.values()));
    assertThat(options(fields, ChangeRequestFields.STAYS_IN_SHENZHEN))
        .containsExactlyElementsOf(names(ChangeRequestValidator.StaysInShenzhen.values()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"forms/studio-change-union-review.form", "forms/studio-change-office-approval.form",
      "forms/studio-change-leadership-approval.form", "forms/studio-change-move-out.form"})
  void reviewFormsShowTheTaskValuesAndAskForADecision(String form) throws Exception {
    List<JsonNode> fields = fields(read(form));
    Set<String> shown = fields.stream().filter(f -> f.path("disabled").asBoolean()).map(f -> f.get("key").asText())
        .collect(Collectors.toSet());
    assertThat(shown).containsExactlyInAnyOrderElementsOf(cn.szftu.studio.change.process.ChangeTaskFields.KEYS);
    assertThat(keys(fields)).containsExactlyInAnyOrder(StudioChangeProcess.FIELD_DECISION,
        StudioChangeProcess.FIELD_REASONS);
    List<String> decisions = options(fields, StudioChangeProcess.FIELD_DECISION);
    assertThat(decisions).contains("APPROVE", "REFUSE");
    assertThat(decisions.contains("RETURN")).isEqualTo(form.contains("union"));
  }

  private static Set<String> keys(List<JsonNode> fields) {
    Set<String> keys = new HashSet<>();
    fields.stream().filter(f -> f.has("key") && !f.path("disabled").asBoolean()).forEach(f -> keys.add(f.get("key").asText()));
    fields.stream().filter(f -> "dynamiclist".equals(f.path("type").asText())).forEach(f -> keys.add(f.get("path").asText()));
    return keys;
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  private static List<String> options(List<JsonNode> fields, String key) {
    JsonNode field = fields.stream().filter(f -> key.equals(f.path("key").asText())).findFirst().orElseThrow();
    List<String> values = new ArrayList<>();
    field.get("values").forEach(v -> values.add(v.get("value").asText()));
    return values;
  }

  private static BpmnModelInstance model() throws Exception {
    try (InputStream in = new ClassPathResource("processes/studio-change.bpmn").getInputStream()) {
      return Bpmn.readModelFromStream(in);
    }
  }

  private JsonNode read(String form) throws Exception {
    try (InputStream in = new ClassPathResource(form).getInputStream()) {
      return json.readTree(in);
    }
  }

  private static List<JsonNode> fields(JsonNode node) {
    List<JsonNode> out = new ArrayList<>();
    node.path("components").forEach(c -> {
      out.add(c);
      out.addAll(fields(c));
    });
    return out;
  }
}
