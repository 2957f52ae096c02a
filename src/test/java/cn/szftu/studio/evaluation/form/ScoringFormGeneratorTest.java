package cn.szftu.studio.evaluation.form;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.evaluation.ExpertEvaluationProcess;
import cn.szftu.studio.indicator.Indicator;
import cn.szftu.studio.indicator.IndicatorSet;
import cn.szftu.studio.indicator.IndicatorSetParser;
import cn.szftu.studio.indicator.ThirdLevelItem;
import cn.szftu.studio.scoring.VetoFlag;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The scoring form generated from an indicator set: one required number field per third-level item bounded by the
 * item's maximum, the comment, the veto flags with their facts, the read-only case fields, and keys that form-js
 * cannot misread as nested paths.
 */
class ScoringFormGeneratorTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A second, small set whose ids use dots, dashes and underscores, some colliding under a naive escape. */
  static final String OTHER_SET = """
      version: other-2.0_b
      title: 另一套指标体系
      indicators:
        - id: X_1
          name: 第一部分
          max: 40
          children:
            - id: X_1.a
              name: 甲
              max: 40
              children:
                - {id: X_1.a-b, name: 甲一, max: 25.5, hint: 甲一的评分说明}
                - {id: X_1.a_b, name: 甲二, max: 10}
                - {id: X_1.a.b, name: 甲三, max: 4.5}
        - id: Y-2
          name: 第二部分
          max: 60
          children:
            - id: Y-2.1
              name: 乙
              max: 60
              children:
                - {id: Y-2.1.1, name: 乙一, max: 30, hint: 乙一的评分说明}
                - {id: Y-2.1.2, name: 乙二, max: 30}
      """;

  private static final List<String> CASE_FIELDS = List.of("applicationNumber", "studioName", "leaderName",
      "hostUnitName", "unionName");

  private static IndicatorSet defaultSet;
  private static IndicatorSet otherSet;

  @BeforeAll
  static void loadSets() throws Exception {
    try (InputStream in = new ClassPathResource("indicator/2023-reconstructed.yaml").getInputStream()) {
      defaultSet = new IndicatorSetParser().parse(in, "2023-reconstructed.yaml");
    }
    otherSet = new IndicatorSetParser().parse(OTHER_SET.getBytes(StandardCharsets.UTF_8), "other.yaml");
  }

  @Test
  void defaultSetGivesTheVersionsFormId() throws Exception {
    JsonNode form = generate(defaultSet);

    assertThat(form.get("id").asText()).isEqualTo("expertScoringForm-2023-reconstructed");
    assertThat(ScoringFormGenerator.formKey("2023-reconstructed")).isEqualTo("expertScoringForm-2023-reconstructed");
    assertThat(form.get("type").asText()).isEqualTo("default");
    assertThat(form.get("components").isArray()).isTrue();
  }

  @Test
  void oneRequiredBoundedNumberFieldPerItemOfTheDefaultSet() throws Exception {
    List<JsonNode> numbers = ofType(components(generate(defaultSet)), "number");

    assertThat(defaultSet.items()).hasSize(26);
    assertThat(numbers).hasSize(26);
    assertThat(numbers).extracting(f -> f.get("key").asText())
        .containsExactlyElementsOf(defaultSet.items().stream().map(i -> ScoringFormFields.scoreKey(i.id())).toList());
    assertNumberFields(numbers, defaultSet.items());
  }

  @Test
  void spotChecksOfTheDefaultSetsFields() throws Exception {
    List<JsonNode> fields = components(generate(defaultSet));

    JsonNode c22 = byKey(fields, "score_C2_d2");
    assertThat(c22.get("type").asText()).isEqualTo("number");
    assertThat(c22.get("label").asText()).contains("C2.2", "经济效益", "6");
    assertThat(c22.at("/validate/max").decimalValue()).isEqualByComparingTo("6");
    assertThat(c22.get("description").asText()).isEqualTo("按创造或节约的价值（元）分档评分");

    JsonNode b21 = byKey(fields, "score_B2_d1");
    assertThat(b21.get("label").asText()).contains("B2.1", "设备满足攻关与培训需要", "3");
    assertThat(b21.at("/validate/max").decimalValue()).isEqualByComparingTo("3");
    assertThat(b21.has("description")).isFalse(); // B2.1 has no hint in the file

    JsonNode a11 = byKey(fields, "score_A1_d1");
    assertThat(a11.at("/validate/max").decimalValue()).isEqualByComparingTo("5");
    assertThat(a11.get("description").asText()).isEqualTo("全国级 5 分；省级 4 分；市级 3 分；区级或其他 2 分");
  }

  @Test
  void requiredCommentTextarea() throws Exception {
    List<JsonNode> comments = components(generate(defaultSet)).stream()
        .filter(c -> "comment".equals(c.path("key").asText())).toList();

    assertThat(comments).hasSize(1);
    JsonNode comment = comments.get(0);
    assertThat(comment.get("type").asText()).isEqualTo("textarea");
    assertThat(comment.at("/validate/required").asBoolean()).isTrue();
    assertThat(comment.path("disabled").asBoolean()).isFalse();
  }

  @Test
  void everyVetoFlagHasACheckboxAndFactsShownOnlyWhenChecked() throws Exception {
    List<JsonNode> fields = components(generate(defaultSet));
    FeelEngine feel = new ScalaFeelEngineFactory().createInstance();

    assertThat(ofType(fields, "checkbox")).extracting(f -> f.get("key").asText())
        .containsExactlyInAnyOrderElementsOf(List.of(VetoFlag.values()).stream().map(ScoringFormFields::vetoKey).toList());
    for (VetoFlag flag : VetoFlag.values()) {
      JsonNode box = byKey(fields, ScoringFormFields.vetoKey(flag));
      assertThat(box.get("type").asText()).isEqualTo("checkbox");
      assertThat(box.get("label").asText()).isEqualTo(flag.label());
      assertThat(box.path("disabled").asBoolean()).isFalse();

      JsonNode facts = byKey(fields, ScoringFormFields.vetoFactsKey(flag));
      assertThat(facts.get("type").asText()).isEqualTo("textarea");
      assertThat(facts.get("label").asText()).contains(flag.label());
      String hide = facts.at("/conditional/hide").asText();
      assertThat(hide).as("FEEL expression of %s", flag).startsWith("=");
      String expression = hide.substring(1);
      // hidden unless this flag's box is checked; another flag's box does not show it
      assertThat(hidden(feel, expression, ScoringFormFields.vetoKey(flag), true)).isFalse();
      assertThat(hidden(feel, expression, ScoringFormFields.vetoKey(flag), false)).isTrue();
      assertThat(hidden(feel, expression, ScoringFormFields.vetoKey(flag), null)).isTrue();
      for (VetoFlag other : VetoFlag.values()) {
        if (other != flag) {
          assertThat(hiddenWithBoth(feel, expression, flag, false, other, true)).as("%s checked", other).isTrue();
        }
      }
    }
  }

  @Test
  void caseFieldsAreReadOnly() throws Exception {
    List<JsonNode> fields = components(generate(defaultSet));

    for (String key : CASE_FIELDS) {
      JsonNode field = byKey(fields, key);
      assertThat(field.get("type").asText()).as(key).isEqualTo("textfield");
      assertThat(field.path("disabled").asBoolean()).as(key).isTrue();
    }
    // what the evaluation is for (naming, or a re-assessment with the rectification report) may be long
    JsonNode brief = byKey(fields, ExpertEvaluationProcess.FIELD_REVIEW_BRIEF);
    assertThat(brief.get("type").asText()).isEqualTo("textarea");
    assertThat(brief.path("disabled").asBoolean()).isTrue();
    // nothing else is disabled: every other field is the expert's to fill
    assertThat(fields.stream().filter(f -> f.path("disabled").asBoolean()).map(f -> f.get("key").asText()).toList())
        .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(CASE_FIELDS.stream(),
            java.util.stream.Stream.of(ExpertEvaluationProcess.FIELD_REVIEW_BRIEF)).toList());
  }

  @Test
  void componentIdsAndFieldKeysAreUnique() throws Exception {
    for (IndicatorSet set : List.of(defaultSet, otherSet)) {
      List<JsonNode> all = components(generate(set));
      List<String> ids = all.stream().map(c -> c.path("id").asText(null)).toList();
      assertThat(ids).as("component ids of %s", set.version()).doesNotContainNull().doesNotHaveDuplicates();
      List<String> keys = all.stream().filter(c -> c.has("key")).map(c -> c.get("key").asText()).toList();
      assertThat(keys).as("field keys of %s", set.version()).doesNotHaveDuplicates();
      // the items, the case, the brief, the comment, each veto flag with its facts
      assertThat(keys).hasSize(set.items().size() + CASE_FIELDS.size() + 2 + 2 * VetoFlag.values().length);
    }
  }

  @Test
  void anotherSetGetsItsOwnFormIdAndFields() throws Exception {
    JsonNode form = generate(otherSet);
    List<JsonNode> fields = components(form);
    List<JsonNode> numbers = ofType(fields, "number");

    assertThat(form.get("id").asText()).isEqualTo("expertScoringForm-other-2.0_b");
    assertThat(numbers).extracting(f -> f.get("key").asText()).containsExactly(
        ScoringFormFields.scoreKey("X_1.a-b"), ScoringFormFields.scoreKey("X_1.a_b"),
        ScoringFormFields.scoreKey("X_1.a.b"), ScoringFormFields.scoreKey("Y-2.1.1"),
        ScoringFormFields.scoreKey("Y-2.1.2"));
    assertThat(numbers).extracting(f -> f.get("key").asText()).doesNotHaveDuplicates()
        .allSatisfy(k -> assertThat(k).doesNotContain("."));
    assertNumberFields(numbers, otherSet.items());
    assertThat(byKey(fields, ScoringFormFields.scoreKey("X_1.a-b")).at("/validate/max").decimalValue())
        .isEqualByComparingTo("25.5");
    assertThat(byKey(fields, ScoringFormFields.scoreKey("X_1.a-b")).get("label").asText()).contains("25.5");
    // none of the default set's fields
    assertThat(fields).noneMatch(f -> f.path("key").asText().equals(ScoringFormFields.scoreKey("A1.1")));
    // the shared parts are there as well
    assertThat(byKey(fields, "comment").get("type").asText()).isEqualTo("textarea");
    CASE_FIELDS.forEach(key -> assertThat(byKey(fields, key).path("disabled").asBoolean()).isTrue());
    assertThat(ofType(fields, "checkbox")).hasSize(VetoFlag.values().length);
  }

  @Test
  void itemsAreGroupedUnderTheirFirstLevelIndicator() throws Exception {
    for (IndicatorSet set : List.of(defaultSet, otherSet)) {
      List<JsonNode> groups = ofType(components(generate(set)), "group");
      for (Indicator first : set.indicators()) {
        List<JsonNode> matching = groups.stream()
            .filter(g -> g.get("label").asText().startsWith(first.id() + " " + first.name())).toList();
        assertThat(matching).as("group of %s", first.id()).hasSize(1);
        List<String> expected = new ArrayList<>();
        first.children().forEach(second -> second.children().forEach(i -> expected.add(ScoringFormFields.scoreKey(i.id()))));
        assertThat(ofType(components(matching.get(0)), "number")).extracting(f -> f.get("key").asText())
            .containsExactlyElementsOf(expected);
      }
    }
  }

  @Test
  void scoreKeysOfIdsThatANaiveEscapeWouldMergeAreDistinct() {
    List<String> ids = List.of("A.1", "A_1", "A-1", "A1", "A__1", "A_d1", "A_u1", "A_h1", "A._1", "A_.1", "A-_1",
        "A.-1", "A..1", "A--1");
    List<String> keys = ids.stream().map(ScoringFormFields::scoreKey).toList();

    assertThat(keys).doesNotHaveDuplicates();
    assertThat(keys).allSatisfy(k -> assertThat(k).startsWith(ScoringFormFields.SCORE_PREFIX).doesNotContain("."));
    assertThat(ScoringFormFields.scoreKey("A.1")).isNotEqualTo(ScoringFormFields.scoreKey("A_1"))
        .isNotEqualTo(ScoringFormFields.scoreKey("A-1"));
    assertThat(ScoringFormFields.scoreKey("A_1")).isNotEqualTo(ScoringFormFields.scoreKey("A-1"));
  }

  /** Exhaustive over every id of up to three characters from an alphabet that includes the escape letters. */
  @Test
  void scoreKeyIsInjectiveAndAPlainIdentifier() {
    char[] alphabet = {'A', '1', '.', '_', '-', 'd', 'u', 'h'};
    List<String> ids = new ArrayList<>();
    List<String> level = List.of("");
    for (int length = 1; length <= 3; length++) {
      List<String> next = new ArrayList<>();
      for (String prefix : level) {
        for (char c : alphabet) {
          next.add(prefix + c);
        }
      }
      ids.addAll(next);
      level = next;
    }
    Set<String> keys = new HashSet<>();
    for (String id : ids) {
      String key = ScoringFormFields.scoreKey(id);
      assertThat(key).as("key of %s", id).matches("[A-Za-z_][A-Za-z0-9_]*");
      assertThat(keys.add(key)).as("key %s of %s is shared", key, id).isTrue();
    }
    assertThat(keys).hasSize(8 + 64 + 512);
  }

  @Test
  void vetoKeysDifferFromEveryScoreKey() {
    for (VetoFlag flag : VetoFlag.values()) {
      assertThat(ScoringFormFields.vetoKey(flag)).isNotEqualTo(ScoringFormFields.vetoFactsKey(flag))
          .doesNotStartWith(ScoringFormFields.SCORE_PREFIX);
      assertThat(ScoringFormFields.vetoFactsKey(flag)).doesNotStartWith(ScoringFormFields.SCORE_PREFIX);
    }
  }

  private static void assertNumberFields(List<JsonNode> numbers, List<ThirdLevelItem> items) {
    assertThat(items).anyMatch(i -> i.hint() != null).anyMatch(i -> i.hint() == null);
    for (int n = 0; n < items.size(); n++) {
      ThirdLevelItem item = items.get(n);
      JsonNode field = numbers.get(n);
      String max = item.max().stripTrailingZeros().toPlainString();
      assertThat(field.get("key").asText()).isEqualTo(ScoringFormFields.scoreKey(item.id()));
      assertThat(field.at("/validate/required").asBoolean()).as(item.id()).isTrue();
      assertThat(field.at("/validate/min").isNumber()).as(item.id()).isTrue();
      assertThat(field.at("/validate/min").decimalValue()).as(item.id()).isEqualByComparingTo(BigDecimal.ZERO);
      assertThat(field.at("/validate/max").isNumber()).as(item.id()).isTrue();
      assertThat(field.at("/validate/max").decimalValue()).as(item.id()).isEqualByComparingTo(item.max());
      assertThat(field.get("decimalDigits").asInt(-1)).as(item.id()).isEqualTo(1);
      assertThat(field.path("disabled").asBoolean()).as(item.id()).isFalse();
      assertThat(field.get("label").asText()).as(item.id()).contains(item.id(), item.name(), max + " 分");
      if (item.hint() != null) {
        assertThat(field.path("description").asText(null)).as(item.id()).isEqualTo(item.hint());
      } else {
        assertThat(field.has("description")).as(item.id()).isFalse();
      }
    }
  }

  private static Boolean hidden(FeelEngine feel, String expression, String variable, Boolean value) {
    return feel.evaluateSimpleExpression(expression,
        Variables.createVariables().putValue(variable, value).asVariableContext());
  }

  private static Boolean hiddenWithBoth(FeelEngine feel, String expression, VetoFlag flag, boolean checked,
      VetoFlag other, boolean otherChecked) {
    return feel.evaluateSimpleExpression(expression, Variables.createVariables()
        .putValue(ScoringFormFields.vetoKey(flag), checked)
        .putValue(ScoringFormFields.vetoKey(other), otherChecked).asVariableContext());
  }

  private static JsonNode generate(IndicatorSet set) throws Exception {
    return JSON.readTree(ScoringFormGenerator.generate(set));
  }

  private static JsonNode byKey(List<JsonNode> fields, String key) {
    List<JsonNode> found = fields.stream().filter(f -> key.equals(f.path("key").asText())).toList();
    assertThat(found).as("fields with key %s", key).hasSize(1);
    return found.get(0);
  }

  private static List<JsonNode> ofType(List<JsonNode> fields, String type) {
    return fields.stream().filter(f -> type.equals(f.path("type").asText())).toList();
  }

  /** Every component below {@code node}, depth first in document order. */
  private static List<JsonNode> components(JsonNode node) {
    List<JsonNode> out = new ArrayList<>();
    node.path("components").forEach(c -> {
      out.add(c);
      out.addAll(components(c));
    });
    return out;
  }
}
