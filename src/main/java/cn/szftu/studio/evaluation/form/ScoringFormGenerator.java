package cn.szftu.studio.evaluation.form;

import static cn.szftu.studio.evaluation.ExpertEvaluationProcess.FIELD_APPLICATION_NUMBER;
import static cn.szftu.studio.evaluation.ExpertEvaluationProcess.FIELD_COMMENT;
import static cn.szftu.studio.evaluation.ExpertEvaluationProcess.FIELD_REVIEW_BRIEF;

import cn.szftu.studio.indicator.Indicator;
import cn.szftu.studio.indicator.IndicatorSet;
import cn.szftu.studio.scoring.VetoFlag;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/**
 * Builds the Camunda Form an expert scores with from an indicator set: one number field per third-level item with
 * its maximum and hint, grouped by first- and second-level indicator, the comment and the veto flags. So a newly
 * loaded version has its form at once, and no form is written by hand per version.
 */
public final class ScoringFormGenerator {

  public static final int MAX_COMMENT = 2000;
  public static final int MAX_VETO_FACTS = 2000;

  /** Ids made from indicator ids carry their own prefix, so an indicator called "title" cannot clash with ours. */
  private static final String INDICATOR_ID_PREFIX = "Ind_";
  private static final ObjectMapper JSON = new ObjectMapper();

  private ScoringFormGenerator() {
  }

  public static String formKey(String version) {
    return "expertScoringForm-" + version;
  }

  public static String generate(IndicatorSet set) {
    ObjectNode form = JSON.createObjectNode();
    form.put("executionPlatform", "Camunda Platform");
    form.put("executionPlatformVersion", "7.24.0");
    form.put("schemaVersion", 16);
    form.put("id", formKey(set.version()));
    form.put("type", "default");
    ArrayNode components = form.putArray("components");
    components.add(text("Text_title", "## 专家评分\n指标体系：" + set.title() + "（版本 " + set.version()
        + "，满分 " + plain(set.total()) + " 分）。请对每一项三级指标在 0 分至该项满分之间打分（可保留 1 位小数），"
        + "填写评审意见；如发现一票否决情形，勾选并写明事实。"));
    components.add(applicationGroup());
    for (Indicator first : set.indicators()) {
      ObjectNode group = group(INDICATOR_ID_PREFIX + "Group_" + safe(first.id()),
          first.id() + " " + first.name() + "（" + plain(first.max()) + " 分）");
      ArrayNode fields = group.putArray("components");
      for (Indicator second : first.children()) {
        fields.add(text(INDICATOR_ID_PREFIX + "Text_" + safe(second.id()),
            "#### " + second.id() + " " + second.name() + "（" + plain(second.max()) + " 分）"));
        for (Indicator item : second.children()) {
          fields.add(scoreField(item));
        }
      }
      components.add(group);
    }
    components.add(conclusionGroup());
    return JSON.valueToTree(form).toPrettyString();
  }

  private static ObjectNode applicationGroup() {
    ObjectNode group = group("Group_application", "申报信息");
    ArrayNode fields = group.putArray("components");
    fields.add(readOnly(FIELD_APPLICATION_NUMBER, "申报编号", "Row_app_1", 6));
    fields.add(readOnly("studioName", "工作室名称", "Row_app_1", 10));
    fields.add(readOnly("leaderName", "领衔人", "Row_app_2", 6));
    fields.add(readOnly("hostUnitName", "依托单位", "Row_app_2", 10));
    fields.add(readOnly("unionName", "推荐单位", "Row_app_3", null));
    ObjectNode brief = readOnly(FIELD_REVIEW_BRIEF, "评审事项", "Row_app_4", null);
    brief.put("type", "textarea");
    fields.add(brief);
    fields.add(text("Text_materials", "申报材料和证明材料：[/applications/{{applicationNumber}}]"
        + "(/applications/{{applicationNumber}})（建议按住 Ctrl 键单击，在新标签页中打开）"));
    return group;
  }

  private static ObjectNode scoreField(Indicator item) {
    ObjectNode field = JSON.createObjectNode();
    String key = ScoringFormFields.scoreKey(item.id());
    field.put("type", "number");
    field.put("id", "Field_" + key);
    field.put("key", key);
    field.put("label", item.id() + " " + item.name() + "（满分 " + plain(item.max()) + " 分）");
    if (item.hint() != null) {
      field.put("description", item.hint());
    }
    // No "increment": form-js validates against it as a step, which would refuse one-decimal scores like 3.7.
    field.put("decimalDigits", 1);
    ObjectNode validate = field.putObject("validate");
    validate.put("required", true);
    validate.put("min", 0);
    validate.put("max", item.max());
    field.set("layout", layout("Row_" + key, null));
    return field;
  }

  private static ObjectNode conclusionGroup() {
    ObjectNode group = group("Group_conclusion", "评审意见与一票否决");
    ArrayNode fields = group.putArray("components");
    ObjectNode comment = JSON.createObjectNode();
    comment.put("type", "textarea");
    comment.put("id", "Field_comment");
    comment.put("key", FIELD_COMMENT);
    comment.put("label", "评审意见");
    comment.put("description", "必填，最多 " + MAX_COMMENT + " 字；申报人只能看到各项平均分，看不到本意见");
    ObjectNode validate = comment.putObject("validate");
    validate.put("required", true);
    validate.put("maxLength", MAX_COMMENT);
    comment.set("layout", layout("Row_comment", null));
    fields.add(comment);
    fields.add(text("Text_veto", "**一票否决**：存在下列任一情形的，无论得分多少均不予命名。"));
    for (VetoFlag flag : VetoFlag.values()) {
      ObjectNode box = JSON.createObjectNode();
      box.put("type", "checkbox");
      box.put("id", "Field_" + ScoringFormFields.vetoKey(flag));
      box.put("key", ScoringFormFields.vetoKey(flag));
      box.put("label", flag.label());
      box.set("layout", layout("Row_" + ScoringFormFields.vetoKey(flag), null));
      fields.add(box);
      ObjectNode facts = JSON.createObjectNode();
      facts.put("type", "textarea");
      facts.put("id", "Field_" + ScoringFormFields.vetoFactsKey(flag));
      facts.put("key", ScoringFormFields.vetoFactsKey(flag));
      facts.put("label", "“" + flag.label() + "”的事实");
      facts.put("description", "勾选上一项时必填，写明依据的事实和材料");
      facts.putObject("conditional").put("hide", "=not(" + ScoringFormFields.vetoKey(flag) + " = true)");
      ObjectNode factsValidate = facts.putObject("validate");
      factsValidate.put("maxLength", MAX_VETO_FACTS);
      facts.set("layout", layout("Row_" + ScoringFormFields.vetoFactsKey(flag), null));
      fields.add(facts);
    }
    return group;
  }

  private static ObjectNode group(String id, String label) {
    ObjectNode group = JSON.createObjectNode();
    group.put("type", "group");
    group.put("id", id);
    group.put("label", label);
    group.put("showOutline", true);
    group.set("layout", layout("Row_" + id, null));
    return group;
  }

  private static ObjectNode readOnly(String key, String label, String row, Integer columns) {
    ObjectNode field = JSON.createObjectNode();
    field.put("type", "textfield");
    field.put("id", "Field_" + key);
    field.put("key", key);
    field.put("label", label);
    field.put("disabled", true);
    field.set("layout", layout(row, columns));
    return field;
  }

  private static ObjectNode text(String id, String markdown) {
    ObjectNode text = JSON.createObjectNode();
    text.put("type", "text");
    text.put("id", id);
    text.put("text", markdown);
    text.set("layout", layout("Row_" + id, null));
    return text;
  }

  private static ObjectNode layout(String row, Integer columns) {
    ObjectNode layout = JSON.createObjectNode();
    layout.put("row", row);
    if (columns == null) {
      layout.putNull("columns");
    } else {
      layout.put("columns", columns);
    }
    return layout;
  }

  private static String safe(String id) {
    return ScoringFormFields.scoreKey(id).substring(ScoringFormFields.SCORE_PREFIX.length());
  }

  private static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }
}
