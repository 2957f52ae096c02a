package cn.szftu.studio.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.szftu.studio.application.ApplicationProcess;
import cn.szftu.studio.application.form.InvalidSubmissionException;
import cn.szftu.studio.evaluation.EvaluationFixture;
import cn.szftu.studio.indicator.IndicatorSets;
import cn.szftu.studio.support.PostgresIntegrationTest;
import cn.szftu.studio.support.ThrowawayUsers;
import cn.szftu.studio.support.ValidApplicationForm;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A reviewer working a task cannot reach past its form into the process: submitting, completing or setting a
 * variable under a process variable's name (here the application id and the recommendation decision) is refused in
 * Chinese and changes nothing, through the Java API and the REST API alike; the form's own values still go through.
 */
class TaskVariableGuardIT extends PostgresIntegrationTest {

  @Autowired ProcessEngine engine;
  @Autowired IndicatorSets indicatorSets;
  @Autowired JdbcTemplate jdbc;

  private EvaluationFixture fixture;
  private String reviewer;
  private ProcessInstance application;
  private Task task;
  private Object applicationId;

  @BeforeEach
  void anApplicationAtItsUnion() {
    fixture = new EvaluationFixture(engine, indicatorSets, jdbc);
    reviewer = fixture.unionReviewer("dapeng");
    Map<String, Object> form = ValidApplicationForm.of();
    form.put("recommendingUnion", "dapeng");
    application = fixture.as(EvaluationFixture.APPLICANT,
        () -> engine.getRuntimeService().startProcessInstanceByKey(ApplicationProcess.KEY, form));
    task = fixture.onlyTask(application.getId());
    applicationId = engine.getRuntimeService().getVariable(application.getId(), ApplicationProcess.VAR_APPLICATION_ID);
  }

  @Test
  void aSubmissionNamingAProcessVariableIsRefusedAndChangesNothing() {
    Map<String, Object> values = EvaluationFixture.decision("RECOMMEND", null);
    values.put(ApplicationProcess.VAR_APPLICATION_ID, 1L);

    assertThatThrownBy(() -> fixture.complete(reviewer, task, values))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("applicationId（applicationId）：不是本表单的字段");
    assertUntouched();

    fixture.complete(reviewer, task, EvaluationFixture.decision("RECOMMEND", null));
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isZero();
  }

  @Test
  void aSubmittedFormValueLandsOnTheTaskWithItsHistoryThoughTheTaskNeverHeldIt() {
    assertThat(engine.getTaskService().getVariablesLocal(task.getId()))
        .as("the form shows the case; its inputs are not prepared as empty variables")
        .containsKey("studioName").doesNotContainKeys("decision", "reasons");

    fixture.complete(reviewer, task, EvaluationFixture.decision("RECOMMEND", "材料齐全"));

    assertThat(engine.getRuntimeService().getVariables(application.getId()))
        .as("nothing the form submitted reached the process").doesNotContainKeys("decision", "reasons");
    HistoricVariableInstance decision = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .taskIdIn(task.getId()).variableName("decision").singleResult();
    assertThat(decision.getValue()).isEqualTo("RECOMMEND");
    assertThat(engine.getHistoryService().createHistoricDetailQuery().formFields().taskId(task.getId()).list())
        .extracting(d -> ((HistoricFormField) d).getFieldId() + "=" + ((HistoricFormField) d).getFieldValue())
        .contains("decision=RECOMMEND", "reasons=材料齐全");
  }

  @Test
  void aLaterStepsDecisionNotYetHeldByTheProcessIsRefused() throws Exception {
    assertThat(engine.getRuntimeService().getVariable(application.getId(), ApplicationProcess.VAR_INITIAL_REVIEW))
        .as("the later step has not decided yet").isNull();
    Map<String, Object> values = EvaluationFixture.decision("RECOMMEND", null);
    values.put(ApplicationProcess.VAR_INITIAL_REVIEW, "APPROVE");

    assertThatThrownBy(() -> fixture.complete(reviewer, task, values))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("initialReviewDecision（initialReviewDecision）：不是本表单的字段");
    HttpResponse<String> submit = send(HttpRequest.newBuilder(uri("/task/" + task.getId() + "/submit-form"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
            "{\"variables\": {\"decision\": {\"value\": \"RECOMMEND\"}, \"initialReviewDecision\": "
                + "{\"value\": \"APPROVE\"}}}")));
    assertThat(submit.statusCode()).as(submit.body()).isEqualTo(400);
    assertThat(submit.body()).contains("initialReviewDecision（initialReviewDecision）：不是本表单的字段");
    assertUntouched();
    assertThat(engine.getRuntimeService().getVariable(application.getId(), ApplicationProcess.VAR_INITIAL_REVIEW))
        .isNull();
  }

  @Test
  void settingOrRemovingProcessVariablesThroughTheTaskIsRefused() {
    assertThatThrownBy(() -> fixture.as(reviewer, () -> engine.getTaskService()
        .setVariable(task.getId(), ApplicationProcess.VAR_APPLICATION_ID, 1L)))
        .isInstanceOf(InvalidSubmissionException.class);
    assertThatThrownBy(() -> fixture.as(reviewer, () -> engine.getTaskService()
        .removeVariable(task.getId(), ApplicationProcess.VAR_APPLICATION_ID)))
        .isInstanceOf(InvalidSubmissionException.class);
    assertThatThrownBy(() -> fixture.as(reviewer, () -> engine.getTaskService()
        .complete(task.getId(), Map.of(ApplicationProcess.VAR_APPLICATION_ID, 1L))))
        .isInstanceOf(InvalidSubmissionException.class);
    assertUntouched();
  }

  @Test
  void theRestApiAnswers400ForTheSameAttempts() throws Exception {
    HttpResponse<String> put = send(HttpRequest.newBuilder(uri("/task/" + task.getId() + "/variables/"
        + ApplicationProcess.VAR_APPLICATION_ID)).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"value\": 1, \"type\": \"Long\"}")));
    HttpResponse<String> modify = send(HttpRequest.newBuilder(uri("/task/" + task.getId() + "/variables"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
            "{\"deletions\": [\"" + ApplicationProcess.VAR_APPLICATION_ID + "\"]}")));
    HttpResponse<String> submit = send(HttpRequest.newBuilder(uri("/task/" + task.getId() + "/submit-form"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
            "{\"variables\": {\"decision\": {\"value\": \"RECOMMEND\"}, \"applicationId\": {\"value\": 1, "
                + "\"type\": \"Long\"}}}")));

    for (HttpResponse<String> response : List.of(put, modify, submit)) {
      assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
      assertThat(response.body()).contains("不是本表单的字段").doesNotContain("Exception");
    }
    assertUntouched();
  }

  private void assertUntouched() {
    assertThat(engine.getRuntimeService().getVariable(application.getId(), ApplicationProcess.VAR_APPLICATION_ID))
        .isEqualTo(applicationId);
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
  }

  private URI uri(String path) {
    return URI.create(baseUrl() + "/engine-rest" + path);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    String credentials = Base64.getEncoder().encodeToString(
        (reviewer + ":" + ThrowawayUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient().send(request.header("Authorization", "Basic " + credentials).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
