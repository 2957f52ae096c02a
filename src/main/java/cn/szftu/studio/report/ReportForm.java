package cn.szftu.studio.report;

import cn.szftu.studio.application.form.FieldProblem;
import cn.szftu.studio.application.form.FieldReader;
import cn.szftu.studio.application.form.InvalidSubmissionException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and checks the annual report form (forms/annual-report.form). Every problem is reported at once, in Chinese,
 * naming the field; numbers must be whole counts within sensible ranges, and a count that says something happened
 * needs the text that says what.
 */
public final class ReportForm {

  public static final String PROJECT_COUNT = "projectCount";
  public static final String PROJECT_SUMMARY = "projectSummary";
  public static final String RESULT_COUNT = "resultCount";
  public static final String PATENT_COUNT = "patentCount";
  public static final String INVENTION_PATENT_COUNT = "inventionPatentCount";
  public static final String RESULTS_SUMMARY = "resultsSummary";
  public static final String ECONOMIC_BENEFIT = "economicBenefit";
  public static final String BENEFIT_BASIS = "benefitBasis";
  public static final String APPRENTICE_COUNT = "apprenticeCount";
  public static final String PROMOTION_COUNT = "promotionCount";
  public static final String TRAINING_COUNT = "trainingCount";
  public static final String TRAINEE_COUNT = "traineeCount";
  public static final String TEAM_CHANGES = "teamChanges";
  public static final String WORK_SUMMARY = "workSummary";
  public static final String NEXT_YEAR_PLAN = "nextYearPlan";
  public static final String PLEDGE = "truthfulnessPledge";

  static final int MAX_COUNT = 999;
  static final int MAX_TRAINEES = 99_999;
  /** 100 亿元: more than any studio's yearly benefit, so a larger number is a typing error (元 instead of 万元). */
  static final BigDecimal MAX_BENEFIT = new BigDecimal("1000000");
  static final int MIN_WORK_SUMMARY = 50;

  /** Chinese labels, in the form's order. */
  public static final Map<String, String> LABELS;

  static {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(PROJECT_COUNT, "年度攻关项目（项）");
    labels.put(PROJECT_SUMMARY, "主要攻关项目及进展");
    labels.put(RESULT_COUNT, "创新成果（项）");
    labels.put(PATENT_COUNT, "获授权专利（件）");
    labels.put(INVENTION_PATENT_COUNT, "其中发明专利（件）");
    labels.put(RESULTS_SUMMARY, "主要成果及推广应用情况");
    labels.put(ECONOMIC_BENEFIT, "创造经济效益（万元）");
    labels.put(BENEFIT_BASIS, "经济效益测算依据");
    labels.put(APPRENTICE_COUNT, "培养徒弟（人）");
    labels.put(PROMOTION_COUNT, "成员技能等级或职称晋升（人）");
    labels.put(TRAINING_COUNT, "开展培训交流（场次）");
    labels.put(TRAINEE_COUNT, "培训交流人次");
    labels.put(TEAM_CHANGES, "团队成员、场地等变化情况");
    labels.put(WORK_SUMMARY, "年度工作总结");
    labels.put(NEXT_YEAR_PLAN, "下一年度工作计划");
    labels.put(PLEDGE, "填报内容真实性承诺");
    LABELS = java.util.Collections.unmodifiableMap(labels);
  }

  /** The fields the unit fills in. */
  public static final Set<String> FIELDS = Set.copyOf(LABELS.keySet());

  private ReportForm() {
  }

  /**
   * The report in {@code values}; refused with every problem, including {@code earlier} ones (e.g. unknown fields
   * found by the caller), in one {@link InvalidSubmissionException}.
   */
  public static ReportContent read(Map<String, Object> values, List<FieldProblem> earlier) {
    FieldReader in = new FieldReader(values, LABELS::get);
    Integer projects = in.integer(PROJECT_COUNT, true, 0, MAX_COUNT);
    String projectSummary = in.text(PROJECT_SUMMARY, positive(projects), 2000);
    Integer results = in.integer(RESULT_COUNT, true, 0, MAX_COUNT);
    Integer patents = in.integer(PATENT_COUNT, true, 0, MAX_COUNT);
    Integer inventions = in.integer(INVENTION_PATENT_COUNT, true, 0, MAX_COUNT);
    if (patents != null && inventions != null && inventions > patents) {
      in.problem(INVENTION_PATENT_COUNT, "不能多于获授权专利数（" + patents + " 件）");
    }
    String resultsSummary = in.text(RESULTS_SUMMARY, positive(results) || positive(patents), 2000);
    BigDecimal benefit = in.decimal(ECONOMIC_BENEFIT, true, BigDecimal.ZERO, MAX_BENEFIT, 2);
    String benefitBasis = in.text(BENEFIT_BASIS, benefit != null && benefit.signum() > 0, 1000);
    Integer apprentices = in.integer(APPRENTICE_COUNT, true, 0, MAX_COUNT);
    Integer promotions = in.integer(PROMOTION_COUNT, true, 0, MAX_COUNT);
    Integer trainings = in.integer(TRAINING_COUNT, true, 0, MAX_COUNT);
    Integer trainees = in.integer(TRAINEE_COUNT, true, 0, MAX_TRAINEES);
    if (trainings != null && trainees != null) {
      if (trainings == 0 && trainees > 0) {
        in.problem(TRAINEE_COUNT, "未开展培训交流（0 场次）时人次应为 0");
      } else if (trainings > 0 && trainees == 0) {
        in.problem(TRAINEE_COUNT, "开展了 " + trainings + " 场培训交流，请填写参加人次");
      }
    }
    String teamChanges = in.text(TEAM_CHANGES, false, 1000);
    String workSummary = in.text(WORK_SUMMARY, true, 4000);
    if (workSummary != null && workSummary.length() < MIN_WORK_SUMMARY) {
      in.problem(WORK_SUMMARY, "不少于 " + MIN_WORK_SUMMARY + " 个字（现为 " + workSummary.length() + " 个）");
    }
    String plan = in.text(NEXT_YEAR_PLAN, true, 2000);
    in.checked(PLEDGE, "须勾选承诺填报内容真实、准确");
    List<FieldProblem> problems = new ArrayList<>(earlier);
    problems.addAll(in.problems());
    if (!problems.isEmpty()) {
      throw new InvalidSubmissionException(problems);
    }
    return new ReportContent(projects, projectSummary, results, patents, inventions, resultsSummary, benefit,
        benefitBasis, apprentices, promotions, trainings, trainees, teamChanges, workSummary, plan);
  }

  /** The form's values for a stored report, so a returned report opens with what was filed. */
  public static Map<String, Object> values(ReportContent content) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put(PROJECT_COUNT, content.projectCount());
    values.put(PROJECT_SUMMARY, content.projectSummary());
    values.put(RESULT_COUNT, content.resultCount());
    values.put(PATENT_COUNT, content.patentCount());
    values.put(INVENTION_PATENT_COUNT, content.inventionPatentCount());
    values.put(RESULTS_SUMMARY, content.resultsSummary());
    values.put(ECONOMIC_BENEFIT, content.economicBenefit().doubleValue());
    values.put(BENEFIT_BASIS, content.benefitBasis());
    values.put(APPRENTICE_COUNT, content.apprenticeCount());
    values.put(PROMOTION_COUNT, content.promotionCount());
    values.put(TRAINING_COUNT, content.trainingCount());
    values.put(TRAINEE_COUNT, content.traineeCount());
    values.put(TEAM_CHANGES, content.teamChanges());
    values.put(WORK_SUMMARY, content.workSummary());
    values.put(NEXT_YEAR_PLAN, content.nextYearPlan());
    // the pledge is given anew with each submission
    values.put(PLEDGE, null);
    return values;
  }

  /** The report as the union reads it in its review form. */
  public static String text(ReportContent c) {
    StringBuilder text = new StringBuilder();
    line(text, PROJECT_COUNT, c.projectCount());
    line(text, PROJECT_SUMMARY, c.projectSummary());
    line(text, RESULT_COUNT, c.resultCount());
    line(text, PATENT_COUNT, c.patentCount());
    line(text, INVENTION_PATENT_COUNT, c.inventionPatentCount());
    line(text, RESULTS_SUMMARY, c.resultsSummary());
    line(text, ECONOMIC_BENEFIT, c.economicBenefit().toPlainString());
    line(text, BENEFIT_BASIS, c.benefitBasis());
    line(text, APPRENTICE_COUNT, c.apprenticeCount());
    line(text, PROMOTION_COUNT, c.promotionCount());
    line(text, TRAINING_COUNT, c.trainingCount());
    line(text, TRAINEE_COUNT, c.traineeCount());
    line(text, TEAM_CHANGES, c.teamChanges());
    line(text, WORK_SUMMARY, c.workSummary());
    line(text, NEXT_YEAR_PLAN, c.nextYearPlan());
    return text.toString().strip();
  }

  private static void line(StringBuilder text, String field, Object value) {
    text.append("【").append(LABELS.get(field)).append("】").append(value == null ? "（未填写）" : value).append('\n');
  }

  private static boolean positive(Integer value) {
    return value != null && value > 0;
  }
}
