package cn.szftu.studio.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.szftu.studio.application.ApplicationProcess;
import cn.szftu.studio.evaluation.EvaluationFixture;
import cn.szftu.studio.evaluation.EvaluationFixture.Case;
import cn.szftu.studio.evaluation.ExpertEvaluationProcess;
import cn.szftu.studio.indicator.IndicatorSets;
import cn.szftu.studio.support.PostgresIntegrationTest;
import cn.szftu.studio.support.RestClient;
import cn.szftu.studio.support.ThrowawayUsers;
import cn.szftu.studio.support.ValidApplicationForm;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A later step cannot be taken early: its task does not exist yet, a message that belongs to a later step finds
 * nothing waiting for it, a task cannot be pointed at another application, and an expert's seat takes one score only.
 * Every refusal leaves the applications as they were.
 */
class StepOrderIT extends PostgresIntegrationTest {

  static final String UNION = "direct";

  @Autowired
  private ProcessEngine engine;
  @Autowired
  private IndicatorSets indicatorSets;
  @Autowired
  private JdbcTemplate jdbc;

  private EvaluationFixture fixture;
  private RestClient rest;

  @BeforeEach
  void setUp() {
    fixture = new EvaluationFixture(engine, indicatorSets, jdbc);
    rest = new RestClient(baseUrl(), ThrowawayUsers.PASSWORD);
  }

  @Test
  void theNamingDecisionCannotReachAnApplicationStillAtTheUnion() {
    ProcessInstance application = start();
    Snapshot before = snapshot(application);

    // as the naming batch correlates it, i.e. with the engine's full rights
    assertThatThrownBy(() -> engine.getRuntimeService()
        .createMessageCorrelation(ApplicationProcess.MESSAGE_NAMING_DECIDED)
        .processInstanceBusinessKey(application.getBusinessKey())
        .setVariable(ApplicationProcess.VAR_NAMING_OUTCOME, "NAMED")
        .correlateWithResult())
        .isInstanceOf(MismatchingMessageCorrelationException.class);

    // and as the city office through the REST API
    HttpResponse<String> sent = new RestClient(baseUrl()).post("/message", EvaluationFixture.OFFICE,
        "{\"messageName\":\"" + ApplicationProcess.MESSAGE_NAMING_DECIDED + "\",\"businessKey\":\""
            + application.getBusinessKey() + "\",\"processVariables\":{\"" + ApplicationProcess.VAR_NAMING_OUTCOME
            + "\":{\"value\":\"NAMED\"}}}");
    assertThat(sent.statusCode()).as(sent.body()).isBetween(400, 499);
    assertThat(rest.json(sent).path("message").asText()).isNotBlank();

    assertThat(snapshot(application)).isEqualTo(before);
    assertThat(engine.getRuntimeService().getVariable(application.getId(), ApplicationProcess.VAR_NAMING_OUTCOME))
        .isNull();
  }

  @Test
  void aTaskCannotBeCompletedForAnotherApplication() {
    ProcessInstance own = start();
    ProcessInstance other = start();
    Snapshot ownBefore = snapshot(own);
    Snapshot otherBefore = snapshot(other);
    Object otherId = engine.getRuntimeService().getVariable(other.getId(), ApplicationProcess.VAR_APPLICATION_ID);
    String reviewer = fixture.unionReviewer(UNION);

    HttpResponse<String> submitted = rest.post("/task/" + fixture.onlyTask(own.getId()).getId() + "/submit-form",
        reviewer, "{\"variables\":{\"decision\":{\"value\":\"RECOMMEND\"},\""
            + ApplicationProcess.VAR_APPLICATION_ID + "\":{\"value\":" + otherId + ",\"type\":\"Long\"}}}");

    assertThat(submitted.statusCode()).as(submitted.body()).isBetween(400, 499);
    assertThat(rest.json(submitted).path("message").asText()).contains(ApplicationProcess.VAR_APPLICATION_ID);
    assertThat(snapshot(own)).isEqualTo(ownBefore);
    assertThat(snapshot(other)).isEqualTo(otherBefore);
  }

  @Test
  void anExpertScoresTheirSeatOnce() {
    Case c = fixture.passedInitialReview(UNION);
    fixture.declareAll(c);
    Task seat = fixture.tasks(c, ExpertEvaluationProcess.SCORE_APPLICATION).get(0);
    String expert = seat.getAssignee();
    String version = indicatorSets.getDefault().version();
    fixture.complete(expert, seat, fixture.sheet(version, BigDecimal.ZERO));
    List<Map<String, Object>> scored = scores(c, expert);
    assertThat(scored).isNotEmpty();

    assertThatThrownBy(() -> fixture.complete(expert, seat, fixture.sheet(version, BigDecimal.TEN)))
        .isInstanceOf(ProcessEngineException.class);

    assertThat(scores(c, expert)).isEqualTo(scored);
    assertThat(fixture.tasks(c, ExpertEvaluationProcess.SCORE_APPLICATION)).extracting(Task::getAssignee)
        .doesNotContain(expert);
  }

  private ProcessInstance start() {
    Map<String, Object> form = ValidApplicationForm.of();
    form.put("recommendingUnion", UNION);
    ProcessInstance application = fixture.as(EvaluationFixture.APPLICANT,
        () -> engine.getRuntimeService().startProcessInstanceByKey(ApplicationProcess.KEY, form));
    assertThat(fixture.onlyTask(application.getId()).getTaskDefinitionKey()).isEqualTo(ApplicationProcess.RECOMMEND);
    return application;
  }

  /** Where an application stands: its open tasks, its status and its recorded decisions. */
  private record Snapshot(List<String> tasks, String status, long decisions) {
  }

  private Snapshot snapshot(ProcessInstance application) {
    Long id = (Long) engine.getRuntimeService().getVariable(application.getId(), ApplicationProcess.VAR_APPLICATION_ID);
    List<String> tasks = engine.getTaskService().createTaskQuery().processInstanceId(application.getId()).list()
        .stream().map(t -> t.getId() + ":" + t.getTaskDefinitionKey() + ":" + t.getAssignee()).sorted().toList();
    String status = jdbc.queryForObject("select status from application where id = ?", String.class, id);
    Long decisions = jdbc.queryForObject("select count(*) from application_decision where application_id = ?",
        Long.class, id);
    return new Snapshot(tasks, status, decisions);
  }

  private List<Map<String, Object>> scores(Case c, String expert) {
    return jdbc.queryForList("select s.item_id, s.points, m.state, m.submitted_at from evaluation_score s"
        + " join evaluation_member m on m.id = s.member_id join evaluation e on e.id = m.evaluation_id"
        + " where e.process_instance_id = ? and m.expert_id = ? order by s.item_id", c.evaluation().getId(), expert);
  }
}
