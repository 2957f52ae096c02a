package cn.szftu.studio.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.support.PostgresIntegrationTest;
import cn.szftu.studio.support.RestClient;
import cn.szftu.studio.support.WebSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A recommending union's task is invisible and untouchable for another union's reviewer and for another unit's
 * applicant, through the REST API; nothing changes and history records no operation by the intruder.
 */
class TaskIsolationIT extends PostgresIntegrationTest {

  @Autowired
  private TaskService taskService;
  @Autowired
  private HistoryService historyService;

  private RestClient rest;
  private String processInstanceId;
  private String taskId;

  @BeforeEach
  void nanshanTaskExists() {
    rest = new RestClient(baseUrl());
    HttpResponse<String> started = rest.post("/process-definition/key/studio-application/submit-form", "applicant1",
        RestClient.validApplication());
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    processInstanceId = rest.json(started).get("id").asText();
    Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_RecommendApplication");
    taskId = task.getId();
  }

  @Test
  void theRightUnionSeesTheTask() {
    JsonNode tasks = rest.json(rest.get("/task?processInstanceId=" + processInstanceId + "&maxResults=10", "nanshan"));
    assertThat(tasks.findValuesAsText("id")).containsExactly(taskId);
  }

  @Test
  void throughTasklistsOwnApiAnotherUnionCanNeitherSeeNorTouchIt() {
    String api = "/camunda/api/engine/engine/default";
    WebSession intruder = WebSession.login(baseUrl(), "futian", "futian");
    assertThat(intruder.webappCall("GET", api + "/task/" + taskId, null).statusCode()).isIn(403, 404);
    assertThat(intruder.webappCall("GET", api + "/task/" + taskId + "/form-variables", null).statusCode()).isIn(403, 404);
    assertThat(intruder.webappCall("POST", api + "/task/" + taskId + "/claim", "{\"userId\":\"futian\"}").statusCode())
        .isIn(403, 404);
    assertThat(intruder.webappCall("POST", api + "/task/" + taskId + "/submit-form",
        "{\"variables\":{\"decision\":{\"value\":\"RECOMMEND\"}}}").statusCode()).isIn(403, 404);
    assertThat(intruder.webappCall("POST", api + "/task?firstResult=0&maxResults=50",
        "{\"processInstanceId\":\"" + processInstanceId + "\"}").body()).isEqualTo("[]");

    WebSession reviewer = WebSession.login(baseUrl(), "nanshan", "nanshan");
    HttpResponse<String> claimed = reviewer.webappCall("POST", api + "/task/" + taskId + "/claim", "{\"userId\":\"nanshan\"}");
    assertThat(claimed.statusCode()).as("the right union can claim through Tasklist: " + claimed.body()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("nanshan");
  }

  @Test
  void anotherUnionCanNeitherSeeNorTouchIt() {
    for (String intruder : new String[] {"futian", "applicant2"}) {
      assertThat(rest.json(rest.get("/task?processInstanceId=" + processInstanceId + "&maxResults=10", intruder)))
          .as(intruder + " task list").isEmpty();
      assertThat(rest.get("/task/" + taskId, intruder).statusCode()).as(intruder + " task").isIn(403, 404);
      assertThat(rest.get("/task/" + taskId + "/variables", intruder).statusCode()).as(intruder + " variables").isIn(403, 404);
      assertThat(rest.get("/task/" + taskId + "/form-variables", intruder).statusCode()).as(intruder + " form").isIn(403, 404);
      assertThat(rest.get("/process-instance/" + processInstanceId + "/variables", intruder).statusCode())
          .as(intruder + " instance variables").isIn(403, 404);
      assertThat(rest.post("/task/" + taskId + "/claim", intruder, "{\"userId\":\"" + intruder + "\"}").statusCode())
          .as(intruder + " claim").isIn(403, 404);
      assertThat(rest.post("/task/" + taskId + "/submit-form", intruder,
          "{\"variables\":{\"decision\":{\"value\":\"RECOMMEND\"}}}").statusCode()).as(intruder + " complete").isIn(403, 404);
      assertThat(rest.json(rest.get("/history/task?processInstanceId=" + processInstanceId + "&maxResults=10", intruder)))
          .as(intruder + " history").isEmpty();
      assertThat(historyService.createUserOperationLogQuery().userId(intruder).processInstanceId(processInstanceId).count())
          .as(intruder + " operations in history").isZero();
    }
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    assertThat(task).isNotNull();
    assertThat(task.getAssignee()).isNull();
  }
}
