package cn.szftu.studio.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.application.ApplicationDecision;
import cn.szftu.studio.application.ApplicationDecisionRepository;
import cn.szftu.studio.application.ApplicationRepository;
import cn.szftu.studio.evaluation.EvaluationFixture.Case;
import cn.szftu.studio.expert.CaseFacts;
import cn.szftu.studio.expert.ConflictOfInterest;
import cn.szftu.studio.expert.Expert;
import cn.szftu.studio.expert.ExpertDraw;
import cn.szftu.studio.expert.ExpertProfile;
import cn.szftu.studio.expert.ExpertRepository;
import cn.szftu.studio.indicator.IndicatorSets;
import cn.szftu.studio.support.PostgresIntegrationTest;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The panel draw as the process makes it: every conflict kind left out, the seed reproduces it, shortages. */
class PanelDrawIT extends PostgresIntegrationTest {

  /** demo expert3 works for 深圳市南山精工 (applicant1's host unit); demo expert6 is inactive. */
  static final String SAME_EMPLOYER_EXPERT = "expert3";
  static final String INACTIVE_EXPERT = "expert6";

  @Autowired
  ProcessEngine engine;
  @Autowired
  IndicatorSets indicatorSets;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  EvaluationRepository evaluations;
  @Autowired
  EvaluationService evaluationService;
  @Autowired
  ExpertRepository experts;
  @Autowired
  ApplicationRepository applications;
  @Autowired
  ApplicationDecisionRepository decisions;
  @Autowired
  ObjectMapper json;

  EvaluationFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new EvaluationFixture(engine, indicatorSets, jdbc);
  }

  @Test
  void theDrawLeavesOutEveryConflictKindAndItsSeedReproducesIt() throws Exception {
    String union = "shenshan";
    String reviewer = fixture.unionReviewer(union);
    // a union official who is also in the expert pool, and an expert affiliated with the recommending union
    String unionExpert = "evt-union-" + Long.toString(System.nanoTime(), 36);
    experts.save(expert(reviewer, "深圳市深汕特别合作区总工会", null, "shenshan", true));
    experts.save(expert(unionExpert, "深汕智造装备有限公司工会", null, union, true));
    try {
      Case c = fixture.passedInitialReview(union, reviewer);
      Evaluation evaluation = evaluations.findByProcessInstanceId(c.evaluation().getId()).orElseThrow();
      EvaluationDraw draw = evaluationService.draws(evaluation.getId()).get(0);
      Map<String, List<String>> excluded = json.readValue(draw.getExcluded(), new TypeReference<>() {
      });

      assertThat(excluded.get(SAME_EMPLOYER_EXPERT)).contains(ConflictOfInterest.SAME_EMPLOYER);
      assertThat(excluded.get(unionExpert)).contains(ConflictOfInterest.SAME_UNION);
      assertThat(excluded.get(reviewer)).contains(ConflictOfInterest.EARLIER_INVOLVEMENT, ConflictOfInterest.SAME_UNION);
      assertThat(excluded.get(INACTIVE_EXPERT)).contains(ConflictOfInterest.INACTIVE);
      List<String> drawn = List.of(draw.getDrawn().split(","));
      assertThat(drawn).hasSize(5).doesNotContain(SAME_EMPLOYER_EXPERT, unionExpert, reviewer, INACTIVE_EXPERT);
      assertThat(fixture.tasks(c, ExpertEvaluationProcess.DECLARE_CONFLICT)).extracting(Task::getAssignee)
          .containsExactlyInAnyOrderElementsOf(drawn);

      // the audit: the same pool, case and seed give the same panel in the same order
      long applicationId = evaluation.getApplicationId();
      Set<String> involved = decisions.findByApplicationIdOrderByDecidedAtAscIdAsc(applicationId).stream()
          .map(ApplicationDecision::getActorUserId).filter(Objects::nonNull).collect(Collectors.toSet());
      var application = applications.findById(applicationId).orElseThrow();
      CaseFacts facts = new CaseFacts(application.getHostUnitCode(), "深圳市南山精工智能装备有限公司",
          application.getUnionCode(), involved);
      List<ExpertProfile> pool = experts.findAllByOrderById().stream().map(Expert::toProfile).toList();
      assertThat(ExpertDraw.draw(pool, facts, 5, draw.getSeed()).drawn()).containsExactlyElementsOf(drawn);
    } finally {
      experts.save(expert(reviewer, "深圳市深汕特别合作区总工会", null, "shenshan", false));
      experts.save(expert(unionExpert, "深汕智造装备有限公司工会", null, union, false));
    }
  }

  @Test
  void tooFewEligibleExpertsOpenACityOfficeTaskWhichMayDrawAgainOrContinueWithFewer() {
    jdbc.update("update naming_batch set panel_size = 60 where code = ?", EvaluationFixture.BATCH);
    try {
      Case c = fixture.passedInitialReview("dapeng");
      Evaluation evaluation = evaluations.findByProcessInstanceId(c.evaluation().getId()).orElseThrow();
      assertThat(evaluation.getStatus()).isEqualTo(EvaluationStatus.EXPERT_SHORTAGE);
      Task shortage = fixture.onlyTask(c.evaluation().getId());
      assertThat(shortage.getTaskDefinitionKey()).isEqualTo(ExpertEvaluationProcess.RESOLVE_SHORTAGE);
      assertThat(engine.getTaskService().getIdentityLinksForTask(shortage.getId()))
          .anyMatch(l -> "city-office".equals(l.getGroupId()));
      long held = evaluationService.members(evaluation.getId()).size();
      assertThat(held).isBetween(3L, 59L);
      assertThat(engine.getTaskService().getVariableLocal(shortage.getId(), "situation").toString())
          .contains("需要 60 名专家").contains("仅能抽取到 " + held + " 名");

      // drawing again from an unchanged pool finds nobody new: the office is asked again
      fixture.complete(EvaluationFixture.OFFICE, shortage, EvaluationFixture.decision("REDRAW", null));
      Task again = fixture.onlyTask(c.evaluation().getId());
      assertThat(again.getTaskDefinitionKey()).isEqualTo(ExpertEvaluationProcess.RESOLVE_SHORTAGE);
      assertThat(evaluationService.draws(evaluation.getId())).hasSize(2);
      assertThat(evaluationService.members(evaluation.getId())).hasSize((int) held);

      fixture.complete(EvaluationFixture.OFFICE, again, EvaluationFixture.decision("PROCEED", "专家库暂无更多专家"));
      assertThat(evaluations.findById(evaluation.getId()).orElseThrow().getPanelSize()).isEqualTo((int) held);
      assertThat(fixture.tasks(c, ExpertEvaluationProcess.DECLARE_CONFLICT)).hasSize((int) held);
    } finally {
      jdbc.update("update naming_batch set panel_size = 5 where code = ?", EvaluationFixture.BATCH);
    }
  }

  private static Expert expert(String id, String employer, String employerCode, String union, boolean active) {
    Expert expert = new Expert(id);
    expert.apply(new ExpertProfile(id, "测试专家", employer, employerCode, "测试", union, active), Instant.now());
    return expert;
  }
}
