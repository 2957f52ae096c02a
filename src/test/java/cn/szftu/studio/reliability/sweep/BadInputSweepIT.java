package cn.szftu.studio.reliability.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.application.ApplicationRepository;
import cn.szftu.studio.application.ApplicationService;
import cn.szftu.studio.evaluation.EvaluationFixture;
import cn.szftu.studio.indicator.IndicatorSets;
import cn.szftu.studio.notice.ObjectionService;
import cn.szftu.studio.registry.NamedStudioFixture;
import cn.szftu.studio.report.AnnualReportRounds;
import cn.szftu.studio.report.ValidReport;
import cn.szftu.studio.registry.RegistryService;
import cn.szftu.studio.registry.Studio;
import cn.szftu.studio.registry.StudioRepository;
import cn.szftu.studio.reliability.sweep.BadVariants.Kind;
import cn.szftu.studio.support.ActingUser;
import cn.szftu.studio.support.ValidApplicationForm;
import cn.szftu.studio.support.WebSession;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bad-input sweep: every start form and task form of every deployed process, found from the deployments, gets
 * the bad submissions its own schema implies (missing, wrong type, out of range, pattern, unknown option, 10,000
 * characters, an unknown field) through /engine-rest as the user whose form it is. Each must be refused with a 4xx
 * Chinese message naming the field while every engine and domain table stays as it was; then one valid submission
 * with script tags and expressions in every free-text field must be stored verbatim. Tasks are reached by walking real
 * cases, each step's valid submission leading to the next form. A form or task the sweep does not reach fails the test
 * unless {@link #NOT_REACHED} names it with its reason.
 */
class BadInputSweepIT extends cn.szftu.studio.support.PostgresIntegrationTest {

  /** Usages the sweep does not walk to (yet), each with why; the coverage check keeps this list exact. */
  static final Map<String, String> NOT_REACHED = new TreeMap<>(Map.<String, String>ofEntries());

  private static final Set<String> APPLICATION_REFERENCES = Set.of("hostUnitName");
  private static final String OFFICE = "office";
  private static final String LEADER = "leader";
  private static final String APPLICANT = EvaluationFixture.APPLICANT;

  @Autowired ProcessEngine engine;
  @Autowired IndicatorSets indicatorSets;
  @Autowired JdbcTemplate jdbc;
  @Autowired RegistryService registry;
  @Autowired StudioRepository studioRepository;
  @Autowired ApplicationRepository applications;
  @Autowired ApplicationService applicationService;
  @Autowired Clock clock;
  @Autowired AnnualReportRounds rounds;
  @Autowired ObjectionService objections;

  private FormCatalog catalog;
  private FormSweeper sweeper;
  private EvaluationFixture evaluation;
  private NamedStudioFixture named;

  @Test
  void everyFormRefusesBadInputAndChangesNothing() {
    long started = System.nanoTime();
    catalog = FormCatalog.read();
    sweeper = new FormSweeper(engine, jdbc, baseUrl());
    evaluation = new EvaluationFixture(engine, indicatorSets, jdbc);
    named = new NamedStudioFixture(engine, indicatorSets, jdbc, registry, studioRepository, applications,
        applicationService);

    applicationAndEvaluation();
    revocation();
    Studio studio = change();
    annualReport(studio);
    moveOut(studio);
    SweepSteps steps = new SweepSteps(engine, jdbc, catalog, sweeper);
    new BatchRevocationCases(steps, named, evaluation).plaques(APPLICANT, OFFICE, LEADER, LocalDate.now(clock));
    new ReassessmentCases(steps, named, evaluation, indicatorSets).rectificationReport(APPLICANT);
    new AnnualReportCases(steps, named, rounds).followUp(sweeper.throwaway(evaluation.unionReviewer("dapeng")));
    new ShortageCases(steps, evaluation, indicatorSets).shortages(OFFICE);
    new NamingBatchCases(steps, evaluation, indicatorSets, objections).batchWithObjection(OFFICE, LEADER,
        LocalDate.now(clock));
    startFormsOnly();

    report(started);
    coverage();
    assertThat(sweeper.findings()).as("sweep findings").isEmpty();
  }

  /** 申报 → 推荐单位退回 → 补正 → 推荐 → 初审通过 → 利益冲突声明 → 评分. */
  private void applicationAndEvaluation() {
    String reviewer = sweeper.throwaway(evaluation.unionReviewer("dapeng"));
    Map<String, Object> application = ValidApplicationForm.of();
    application.put("recommendingUnion", "dapeng");
    String instance = sweeper.sweepStart(usage("studio-application", "StartEvent_ApplicationSubmitted"), APPLICANT,
        application, APPLICATION_REFERENCES, true);
    assertThat(instance).as("application started").isNotNull();

    sweeper.sweepTask(usage("studio-application", "Task_RecommendApplication"), reviewer, task(instance).getId(),
        values("decision", "RETURN", "reasons", "请补充团队成员的技能等级证明。"), Set.of());

    Map<String, Object> correction = new LinkedHashMap<>(ValidApplicationForm.of());
    correction.put("recommendingUnion", "dapeng");
    correction.put("correctionChoice", "RESUBMIT");
    sweeper.sweepTask(usage("studio-application", "Task_CorrectApplication"), APPLICANT, task(instance).getId(),
        correction, APPLICATION_REFERENCES);

    evaluation.complete(reviewer, task(instance), EvaluationFixture.decision("RECOMMEND", null));
    sweeper.sweepTask(usage("studio-application", "Task_InitialReview"), OFFICE, task(instance).getId(),
        values("decision", "PASS", "reasons", "材料齐全。"), Set.of());

    String evaluationId = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(instance)
        .singleResult().getId();
    Task declaration = engine.getTaskService().createTaskQuery().processInstanceId(evaluationId)
        .taskDefinitionKey("Task_DeclareConflict").orderByTaskAssignee().asc().list().get(0);
    String expert = declaration.getAssignee();
    sweeper.sweepTask(usage("expert-evaluation", "Task_DeclareConflict"), expert, declaration.getId(),
        values("declaration", "NO_CONFLICT", "recusalReason", null), Set.of());

    Task scoring = engine.getTaskService().createTaskQuery().processInstanceId(evaluationId)
        .taskDefinitionKey("Task_ScoreApplication").taskAssignee(expert).singleResult();
    String version = indicatorSets.getDefault().version();
    sweeper.sweepTask(usage("expert-evaluation", "Task_ScoreApplication"), expert, scoring.getId(),
        evaluation.sheet(version, BigDecimal.TEN), Set.of());

    // the other seats score 90, 90, 90 and 60: a spread of 30 over the threshold of 15 goes to the city office
    for (Task other : engine.getTaskService().createTaskQuery().processInstanceId(evaluationId)
        .taskDefinitionKey("Task_DeclareConflict").list()) {
      evaluation.complete(other.getAssignee(), other, EvaluationFixture.declaration("NO_CONFLICT", null));
    }
    List<Task> others = engine.getTaskService().createTaskQuery().processInstanceId(evaluationId)
        .taskDefinitionKey("Task_ScoreApplication").orderByTaskAssignee().asc().list();
    for (int i = 0; i < others.size(); i++) {
      evaluation.complete(others.get(i).getAssignee(), others.get(i), evaluation.sheet(version,
          new BigDecimal(i == others.size() - 1 ? 40 : 10)));
    }
    sweeper.sweepTask(usage("expert-evaluation", "Task_ReviewDisagreement"), OFFICE, task(evaluationId).getId(),
        values("decision", "ACCEPT", "reasons", "分歧系对创新成果认定尺度不同，维持评分。"), Set.of());
  }

  /** 启动撤销 → 申辩 → 处理意见 → 领导决定 → 交回标牌 → 确认收回. */
  private void revocation() {
    Studio studio = named.named("dapeng");
    String instance = sweeper.sweepStart(usage("studio-revocation", "StartEvent_RevocationStarted"), OFFICE,
        values("namingNumber", studio.getNamingNumber(), "revocationGround", "FRAUD", "revocationBasis",
            "经查，该工作室申报材料中的专利证书系伪造。"), Set.of("namingNumber"), true);
    assertThat(instance).as("revocation started").isNotNull();
    try {
      sweeper.sweepTask(usage("studio-revocation", "Task_SubmitDefence"), APPLICANT, task(instance).getId(),
          values("defenceChoice", "SUBMIT", "defence", "专利证书真实有效，附证明。"), Set.of());
      sweeper.sweepTask(usage("studio-revocation", "Task_PrepareOpinion"), OFFICE, task(instance).getId(),
          values("opinion", "PROPOSE_REVOCATION", "opinionReasons", "申辩理由不成立。"), Set.of());
      sweeper.sweepTask(usage("studio-revocation", "Task_LeadershipDecision"), LEADER, task(instance).getId(),
          values("decision", "REVOKE", "decisionNumber", "深工发〔2026〕77号", "decisionDate",
              LocalDate.now(clock).toString(), "decisionReasons", "经研究决定撤销。"), Set.of("decisionNumber"));
      sweeper.sweepTask(usage("studio-revocation", "Task_ReturnPlaque"), APPLICANT, task(instance).getId(),
          values("plaqueReturned", true, "note", "已由工会主席送交。"), Set.of());
      sweeper.sweepTask(usage("studio-revocation", "Task_ConfirmPlaqueReturned"), OFFICE, task(instance).getId(),
          values("plaqueReceived", true, "note", "已收回。"), Set.of());
    } finally {
      // as RevocationFixture.liftBansOf: later tests still name studios of applicant1's unit
      jdbc.update("update reapplication_ban set banned_until = ? where id in (select ban_id from studio_revocation "
          + "where studio_id = ? and ban_id is not null)", java.sql.Date.valueOf("2000-01-01"), studio.getId());
    }
  }

  /** 变更申请 → 推荐单位退回 → 补正 → 推荐单位同意 → 市总审批 → 主席会议审批; then 整批撤销's start form. */
  private Studio change() {
    Studio studio = named.named("dapeng");
    String reviewer = sweeper.throwaway(evaluation.unionReviewer("dapeng"));
    Map<String, Object> request = values("namingNumber", studio.getNamingNumber(), "changeType", "LEADER",
        "changeReasons", "原领衔人退休。", "newLeaderName", "赵六", "newLeaderPosition", "精密加工车间主任",
        "newLeaderSkillLevel", "SENIOR_TECHNICIAN", "newLeaderHonours", SpinValues.jsonValue(
            "[{\"type\":\"MODEL_WORKER\",\"level\":\"CITY\",\"year\":2019,\"title\":\"深圳市劳动模范\"}]").create());
    String instance = sweeper.sweepStart(usage("studio-change", "StartEvent_ChangeRequested"), APPLICANT, request,
        Set.of("namingNumber"), true);
    assertThat(instance).as("change started").isNotNull();
    sweeper.sweepTask(usage("studio-change", "Task_UnionReview"), reviewer, task(instance).getId(),
        values("decision", "RETURN", "reasons", "请补充继任者任职文件。"), Set.of());
    Map<String, Object> correction = new LinkedHashMap<>(request);
    correction.remove("namingNumber");
    correction.put("correctionChoice", "RESUBMIT");
    sweeper.sweepTask(usage("studio-change", "Task_CorrectChange"), APPLICANT, task(instance).getId(), correction,
        Set.of());
    evaluation.complete(reviewer, task(instance), values("decision", "APPROVE", "reasons", null));
    sweeper.sweepTask(usage("studio-change", "Task_OfficeApproval"), OFFICE, task(instance).getId(),
        values("decision", "APPROVE", "reasons", "同意。"), Set.of());
    sweeper.sweepTask(usage("studio-change", "Task_LeadershipApproval"), LEADER, task(instance).getId(),
        values("decision", "APPROVE", "reasons", "同意。"), Set.of());
    publicPageEscapes(studio);

    String batch = batchOf(studio);
    String revocation = sweeper.sweepStart(usage("batch-revocation", "StartEvent_BatchRevocationStarted"), OFFICE,
        values("batchCode", batch, "revocationGround", "FRAUD", "revocationBasis", "整批核查发现材料造假。"),
        Set.of("batchCode"), true);
    assertThat(revocation).as("batch revocation started").isNotNull();
    try {
      sweeper.sweepTask(usage("batch-revocation", "Task_BatchLeadershipDecision"), LEADER,
          task(revocation).getId(), values("decision", "NOT_REVOKE", "decisionReasons", "证据不足，不予撤销。"),
          Set.of());
    } finally {
      jdbc.update("update reapplication_ban set banned_until = ? where id in (select ban_id from studio_revocation "
          + "where studio_id = ? and ban_id is not null)", java.sql.Date.valueOf("2000-01-01"), studio.getId());
    }
    return studio;
  }

  /** 年度报告 (as the round starts it) → 推荐单位退回 → 修改 (then approved). */
  private void annualReport(Studio studio) {
    String reviewer = sweeper.throwaway(evaluation.unionReviewer("dapeng"));
    String instance = rounds.startReport(studio, 2026, LocalDate.of(2026, 12, 11).atTime(18, 0)
        .atZone(cn.szftu.studio.ClockConfiguration.ZONE).toInstant()).orElseThrow().getId();
    sweeper.sweepTask(usage("annual-report", "Task_FileReport"), APPLICANT, task(instance).getId(),
        ValidReport.of(), Set.of());
    sweeper.sweepTask(usage("annual-report", "Task_ReviewReport"), reviewer, task(instance).getId(),
        values("decision", "RETURN", "reasons", "请补充经济效益测算依据。"), Set.of());
    sweeper.sweepTask(usage("annual-report", "Task_ReviseReport"), APPLICANT, task(instance).getId(),
        ValidReport.of(), Set.of());
    evaluation.complete(reviewer, task(instance), values("decision", "APPROVE", "reasons", null));
  }

  /** 依托单位迁出深圳 → 推荐单位同意 → 市总工会确认迁出 (refused there, so the studio stays). */
  private void moveOut(Studio studio) {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(
        "studio-change").latestVersion().singleResult().getId();
    String instance = ActingUser.as(engine, APPLICANT, () -> engine.getFormService().submitStartForm(definition,
        values("namingNumber", studio.getNamingNumber(), "changeType", "HOST_UNIT", "changeReasons",
            "依托单位整体迁往东莞。", "staysInShenzhen", "NO", "newHostUnitName", "东莞市南山精工智能装备有限公司")))
        .getId();
    String reviewer = sweeper.throwaway(evaluation.unionReviewer("dapeng"));
    evaluation.complete(reviewer, task(instance), values("decision", "APPROVE", "reasons", null));
    sweeper.sweepTask(usage("studio-change", "Task_ConfirmMoveOut"), OFFICE, task(instance).getId(),
        values("decision", "REFUSE", "reasons", "经核实，依托单位仍在深圳经营。"), Set.of());
  }

  /**
   * The applied change made the payload the studio's leader name: the public registry page shows it as text, escaped,
   * and no template evaluated it.
   */
  private void publicPageEscapes(Studio studio) {
    java.net.http.HttpResponse<String> page = WebSession.anonymous(baseUrl()).get("/public/registry/"
        + studio.getNamingNumber());
    String escaped = "&lt;script&gt;alert(&#39;sweep&#39;)&lt;/script&gt;${1+1}#{1+1}{{7*7}}";
    if (page.statusCode() != 200 || !page.body().contains(escaped) || page.body().contains("<script>alert")) {
      sweeper.finding("public registry page of " + studio.getNamingNumber() + ": leader name not shown escaped "
          + "and verbatim (" + page.statusCode() + ")");
    } else {
      sweeper.log().add("public registry page: payload shown HTML-escaped and unevaluated");
    }
  }

  /** Start forms whose valid submission would open a case every other test sees: their bad variants only. */
  private void startFormsOnly() {
    sweeper.sweepStart(usage("naming-batch", "StartEvent_BatchOpened"), OFFICE, values("year", 2031L,
        "outcomeLabel", "命名", "windowOpensOn", "2031-09-01", "windowClosesOn", "2031-12-31", "defaultQuota", 3L,
        "correctionWorkingDays", 10L, "noticeWorkingDays", 5L, "panelSize", 5L, "passLine", 75L,
        "disagreementThreshold", 15L), Set.of(), false);
    sweeper.sweepStart(usage("annual-report-round", "StartEvent_RoundStarted"), OFFICE,
        values("reportYear", 2026L), Set.of(), false);
  }

  private void report(long started) {
    StringBuilder out = new StringBuilder("\n=== bad-input sweep ===\n");
    sweeper.log().forEach(line -> out.append(line).append('\n'));
    int tried = 0;
    int refused = 0;
    for (Map.Entry<Kind, int[]> kind : sweeper.perKind().entrySet()) {
      out.append(kind.getKey()).append(": ").append(kind.getValue()[0]).append(" tried, ")
          .append(kind.getValue()[1]).append(" refused naming the field\n");
      tried += kind.getValue()[0];
      refused += kind.getValue()[1];
    }
    out.append("forms swept: ").append(sweeper.sweptForms().size()).append(" (").append(new TreeSet<>(
        sweeper.sweptForms())).append(")\nusages swept: ").append(sweeper.sweptUsages().size()).append(" of ")
        .append(catalog.usages().size()).append("\nvariants: ").append(tried).append(", refused: ").append(refused)
        .append("\ntables compared: ").append(sweeper.tables()).append(" (before and after each form's bad variants, ")
        .append(sweeper.comparisons()).append(" comparisons)")
        .append("\nfindings: ").append(sweeper.findings().size()).append('\n');
    sweeper.findings().forEach(f -> out.append("  FINDING ").append(f).append('\n'));
    out.append("seconds: ").append((System.nanoTime() - started) / 1_000_000_000).append('\n');
    System.out.println(out);
  }

  /** Every usage swept or declared; every form of forms/ used by a deployed process. */
  private void coverage() {
    Set<String> all = catalog.usages().stream().map(FormCatalog.Usage::id).collect(Collectors.toCollection(
        TreeSet::new));
    Set<String> unreached = new TreeSet<>(all);
    unreached.removeAll(sweeper.sweptUsages());
    assertThat(unreached).as("usages neither swept nor declared in NOT_REACHED")
        .containsExactlyInAnyOrderElementsOf(NOT_REACHED.keySet());
    assertThat(catalog.usages()).as("every process of processes/ is deployed").allSatisfy(u -> assertThat(
        engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(u.processKey())
            .latestVersion().count()).as(u.processKey()).isEqualTo(1));
    assertThat(catalog.usages()).as("every user task has a Camunda Form")
        .allSatisfy(u -> assertThat(u.formRef()).as(u.id()).isNotBlank());
    Set<String> referenced = catalog.usages().stream().map(FormCatalog.Usage::formRef).collect(Collectors.toSet());
    assertThat(catalog.forms().keySet()).as("forms no deployed process uses").allSatisfy(
        form -> assertThat(referenced).contains(form));
    Set<String> formsOfReached = catalog.usages().stream().filter(u -> sweeper.sweptUsages().contains(u.id()))
        .map(FormCatalog.Usage::formRef).collect(Collectors.toSet());
    Set<String> formsNotSwept = new TreeSet<>(catalog.forms().keySet());
    formsNotSwept.removeAll(formsOfReached);
    System.out.println("forms of forms/ not swept (only used by NOT_REACHED tasks): " + formsNotSwept);
  }

  private FormCatalog.Usage usage(String processKey, String elementId) {
    return catalog.usages().stream().filter(u -> u.processKey().equals(processKey)
        && u.elementId().equals(elementId)).findFirst()
        .orElseThrow(() -> new AssertionError("no form usage " + processKey + "/" + elementId));
  }

  /** The instance's one open task, waiting briefly for asynchronous steps in between. */
  private Task task(String processInstanceId) {
    for (int i = 0; i < 300; i++) {
      List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).list();
      if (tasks.size() == 1) {
        return tasks.get(0);
      }
      if (tasks.size() > 1) {
        throw new AssertionError("more than one task: " + tasks);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("no task for " + processInstanceId);
  }

  /** A naming batch of its own for the studio, as RevocationFixture.batchOf, so no other test's studio is touched. */
  private String batchOf(Studio studio) {
    String code = "SW" + Long.toString(System.nanoTime(), 36).toUpperCase();
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.update("insert into naming_batch (code, batch_year, title, window_opens_at, window_closes_at, "
        + "correction_working_days, updated_at, stage, process_instance_id) values (?, 2026, ?, ?, ?, 10, ?, 'NAMED', "
        + "'none')", code, "坏输入扫描批次 " + code, now, now, now);
    jdbc.update("update studio set batch_code = ? where id = ?", code, studio.getId());
    return code;
  }

  private static Map<String, Object> values(Object... keyValues) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      values.put((String) keyValues[i], keyValues[i + 1]);
    }
    return values;
  }
}
