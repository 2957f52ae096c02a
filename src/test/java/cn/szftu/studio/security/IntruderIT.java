package cn.szftu.studio.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.application.ApplicationProcess;
import cn.szftu.studio.evaluation.EvaluationFixture;
import cn.szftu.studio.indicator.IndicatorSets;
import cn.szftu.studio.support.PostgresIntegrationTest;
import cn.szftu.studio.support.RestClient;
import cn.szftu.studio.support.ThrowawayUsers;
import cn.szftu.studio.support.ValidApplicationForm;
import cn.szftu.studio.support.WebSession;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Beyond {@link TaskIsolationIT}: a fresh intruder (another union's reviewer) tries every way into a union's task,
 * including the identity-link, assignee, delegate, comment and variable-writing endpoints of /engine-rest and
 * Tasklist's own API, and afterwards no trace of that user id exists anywhere in history. A task re-routed from one
 * union to another leaves the first union's reach at once, whether moved through the Java API or through REST.
 */
class IntruderIT extends PostgresIntegrationTest {

  private static final String TASKLIST_API = "/camunda/api/engine/engine/default";

  @Autowired ProcessEngine engine;
  @Autowired IndicatorSets indicatorSets;
  @Autowired JdbcTemplate jdbc;

  private EvaluationFixture fixture;
  private RestClient rest;
  private String dapengReviewer;
  private String shenshanReviewer;
  private ProcessInstance application;
  private Task task;

  @BeforeEach
  void anApplicationAtDapeng() {
    fixture = new EvaluationFixture(engine, indicatorSets, jdbc);
    rest = new RestClient(baseUrl(), ThrowawayUsers.PASSWORD);
    dapengReviewer = fixture.unionReviewer("dapeng");
    shenshanReviewer = fixture.unionReviewer("shenshan");
    Map<String, Object> form = ValidApplicationForm.of();
    form.put("recommendingUnion", "dapeng");
    application = fixture.as(EvaluationFixture.APPLICANT,
        () -> engine.getRuntimeService().startProcessInstanceByKey(ApplicationProcess.KEY, form));
    task = fixture.onlyTask(application.getId());
    assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_RecommendApplication");
  }

  @Test
  void everyAttemptOfAnotherUnionOrAnotherUnitIsRefusedAndLeavesNoTraceOfTheIntruder() {
    String otherApplicant = ThrowawayUsers.create(engine.getIdentityService(), "ft-applicant");
    engine.getIdentityService().createMembership(otherApplicant, Groups.APPLICANT);
    engine.getIdentityService().createMembership(otherApplicant, Groups.unitGroup("ft-smart-grid"));
    for (String intruder : new String[] {shenshanReviewer, otherApplicant}) {
      tryEverythingAs(intruder);
    }
  }

  private void tryEverythingAs(String intruder) {
    String id = task.getId();
    String self = "{\"userId\":\"" + intruder + "\"}";
    String[][] restPosts = {
        {"/task/" + id + "/claim", self},
        {"/task/" + id + "/assignee", self},
        {"/task/" + id + "/delegate", self},
        {"/task/" + id + "/identity-links", "{\"groupId\":\"union-shenshan\",\"type\":\"candidate\"}"},
        {"/task/" + id + "/identity-links", "{\"userId\":\"" + intruder + "\",\"type\":\"candidate\"}"},
        {"/task/" + id + "/identity-links/delete", "{\"groupId\":\"union-dapeng\",\"type\":\"candidate\"}"},
        {"/task/" + id + "/comment/create", "{\"message\":\"看看\"}"},
        {"/task/" + id + "/variables", "{\"modifications\":{\"note\":{\"value\":\"x\"}}}"},
        {"/task/" + id + "/localVariables", "{\"modifications\":{\"decision\":{\"value\":\"RECOMMEND\"}}}"},
        {"/task/" + id + "/complete", "{\"variables\":{\"decision\":{\"value\":\"RECOMMEND\"}}}"},
        {"/task/" + id + "/submit-form", "{\"variables\":{\"decision\":{\"value\":\"RECOMMEND\"}}}"},
        {"/process-instance/" + application.getId() + "/variables", "{\"modifications\":{\"note\":{\"value\":\"x\"}}}"},
    };
    for (String[] call : restPosts) {
      HttpResponse<String> response = rest.post(call[0], intruder, call[1]);
      assertThat(response.statusCode()).as(intruder + " POST " + call[0] + " " + call[1] + ": " + response.body())
          .isIn(400, 403, 404);
    }
    for (String path : new String[] {"/task/" + id, "/task/" + id + "/identity-links", "/task/" + id + "/comment",
        "/task/" + id + "/localVariables", "/task/" + id + "/deployed-form", "/task/" + id + "/rendered-form",
        "/process-instance/" + application.getId()}) {
      assertThat(rest.get(path, intruder).statusCode()).as(intruder + " GET " + path).isIn(403, 404);
    }
    assertThat(rest.json(rest.get("/task?candidateGroup=union-dapeng&maxResults=100", intruder)).findValuesAsText("id"))
        .doesNotContain(id);
    assertThat(rest.json(rest.get("/history/identity-link-log?taskId=" + id + "&maxResults=10", intruder))).isEmpty();
    assertThat(rest.json(rest.get("/history/process-instance?processInstanceId=" + application.getId() + "&maxResults=10", intruder)))
        .isEmpty();

    WebSession web = WebSession.login(baseUrl(), intruder, ThrowawayUsers.PASSWORD);
    for (String[] call : restPosts) {
      HttpResponse<String> response = web.webappCall("POST", TASKLIST_API + call[0], call[1]);
      assertThat(response.statusCode()).as("Tasklist POST " + call[0] + ": " + response.body()).isIn(400, 403, 404);
    }
    assertThat(web.webappCall("GET", TASKLIST_API + "/task/" + id + "/identity-links", null).statusCode())
        .isIn(403, 404);

    Task after = engine.getTaskService().createTaskQuery().taskId(id).singleResult();
    assertThat(after).as("the task is still open").isNotNull();
    assertThat(after.getAssignee()).isNull();
    assertThat(after.getOwner()).isNull();
    assertThat(engine.getTaskService().getIdentityLinksForTask(id))
        .extracting(link -> link.getGroupId() + "/" + link.getUserId())
        .containsExactly("union-dapeng/null");
    assertThat(engine.getTaskService().getTaskComments(id)).isEmpty();
    assertThat(engine.getTaskService().getVariablesLocal(id)).doesNotContainKey("note");
    assertThat(engine.getRuntimeService().getVariables(application.getId())).doesNotContainKey("note");
    assertNoTraceOf(intruder);
  }

  @Test
  void aTaskReroutedThroughTheJavaApiLeavesTheFirstUnionAtOnce() {
    fixture.as(administrator(), () -> {
      engine.getTaskService().deleteCandidateGroup(task.getId(), Groups.unionGroup("dapeng"));
      engine.getTaskService().addCandidateGroup(task.getId(), Groups.unionGroup("shenshan"));
    });
    assertTheFirstUnionIsOutAndTheSecondIn();
  }

  @Test
  void aTaskReroutedThroughRestLeavesTheFirstUnionAtOnce() {
    String admin = administrator();
    HttpResponse<String> removed = rest.post("/task/" + task.getId() + "/identity-links/delete", admin,
        "{\"groupId\":\"" + Groups.unionGroup("dapeng") + "\",\"type\":\"candidate\"}");
    assertThat(removed.statusCode()).as(removed.body()).isEqualTo(204);
    HttpResponse<String> added = rest.post("/task/" + task.getId() + "/identity-links", admin,
        "{\"groupId\":\"" + Groups.unionGroup("shenshan") + "\",\"type\":\"candidate\"}");
    assertThat(added.statusCode()).as(added.body()).isEqualTo(204);
    assertTheFirstUnionIsOutAndTheSecondIn();
  }

  private void assertTheFirstUnionIsOutAndTheSecondIn() {
    String id = task.getId();
    String list = "/task?processInstanceId=" + application.getId() + "&maxResults=10";
    String decision = "{\"variables\":{\"decision\":{\"value\":\"RECOMMEND\"}}}";

    assertThat(rest.json(rest.get(list, dapengReviewer))).as("first union's list").isEmpty();
    assertThat(rest.get("/task/" + id, dapengReviewer).statusCode()).isIn(403, 404);
    assertThat(rest.get("/task/" + id + "/form-variables", dapengReviewer).statusCode()).isIn(403, 404);
    assertThat(rest.post("/task/" + id + "/claim", dapengReviewer, "{\"userId\":\"" + dapengReviewer + "\"}")
        .statusCode()).as("first union's claim").isIn(403, 404);
    assertThat(rest.post("/task/" + id + "/submit-form", dapengReviewer, decision).statusCode())
        .as("first union's completion").isIn(403, 404);
    WebSession firstWeb = WebSession.login(baseUrl(), dapengReviewer, ThrowawayUsers.PASSWORD);
    assertThat(firstWeb.webappCall("GET", TASKLIST_API + "/task/" + id, null).statusCode()).isIn(403, 404);
    assertThat(firstWeb.webappCall("POST", TASKLIST_API + "/task/" + id + "/claim",
        "{\"userId\":\"" + dapengReviewer + "\"}").statusCode()).isIn(403, 404);
    assertThat(engine.getTaskService().createTaskQuery().taskId(id).singleResult().getAssignee()).isNull();

    assertThat(rest.json(rest.get(list, shenshanReviewer)).findValuesAsText("id")).as("second union's list")
        .containsExactly(id);
    HttpResponse<String> claimed = rest.post("/task/" + id + "/claim", shenshanReviewer,
        "{\"userId\":\"" + shenshanReviewer + "\"}");
    assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);
    HttpResponse<String> completed = rest.post("/task/" + id + "/submit-form", shenshanReviewer, decision);
    assertThat(completed.statusCode()).as(completed.body()).isIn(200, 204);
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(id).singleResult().getAssignee())
        .isEqualTo(shenshanReviewer);
    assertNoTraceOf(dapengReviewer);
  }

  /** Re-routing needs TASK_ASSIGN on the task, which only administrators hold. */
  private String administrator() {
    String admin = ThrowawayUsers.create(engine.getIdentityService(), "admin");
    engine.getIdentityService().createMembership(admin, Groups.ADMIN);
    return admin;
  }

  /** Camunda's own records: no operation, task or identity-link entry carries the user id. */
  private void assertNoTraceOf(String user) {
    var history = engine.getHistoryService();
    assertThat(history.createUserOperationLogQuery().userId(user).list()).as("operation log of " + user).isEmpty();
    assertThat(history.createHistoricTaskInstanceQuery().taskAssignee(user).count()).as("tasks of " + user).isZero();
    assertThat(history.createHistoricTaskInstanceQuery().taskOwner(user).count()).isZero();
    assertThat(history.createHistoricIdentityLinkLogQuery().userId(user).count()).as("links to " + user).isZero();
    assertThat(history.createHistoricIdentityLinkLogQuery().assignerId(user).count()).as("links by " + user).isZero();
    assertThat(jdbc.queryForObject("select count(*) from act_hi_comment where user_id_ = ?", Long.class, user))
        .as("comments by " + user).isZero();
  }
}
