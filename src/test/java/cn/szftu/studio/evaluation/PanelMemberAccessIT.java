package cn.szftu.studio.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.evaluation.EvaluationFixture.Case;
import cn.szftu.studio.indicator.IndicatorSets;
import cn.szftu.studio.support.PostgresIntegrationTest;
import cn.szftu.studio.support.WebSession;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The scoring form links to the application's page: a drawn expert may read it while the panel runs; an expert who is
 * not on the panel, or who recused, may not, and nobody from the panel may once it has ended.
 */
class PanelMemberAccessIT extends PostgresIntegrationTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  IndicatorSets indicatorSets;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void onlyExpertsSittingOnTheRunningPanelMayReadTheApplication() {
    EvaluationFixture fixture = new EvaluationFixture(engine, indicatorSets, jdbc);
    Case c = fixture.passedInitialReview("direct");
    String page = "/applications/" + c.application().getBusinessKey();
    List<Task> declarations = fixture.tasks(c, ExpertEvaluationProcess.DECLARE_CONFLICT);
    Set<String> panel = declarations.stream().map(Task::getAssignee).collect(Collectors.toSet());
    // demo experts log in with their id as password; pick a panel member and one outside the panel
    String member = panel.stream().filter(e -> e.matches("expert\\d+")).findFirst().orElseThrow();
    String outsider = IntStream.rangeClosed(1, 15).mapToObj(i -> "expert" + i)
        .filter(e -> !panel.contains(e) && !e.equals("expert6")).findFirst().orElseThrow();

    assertThat(status(member, page)).isEqualTo(200);
    assertThat(status(outsider, page)).isEqualTo(404);

    Task own = declarations.stream().filter(t -> t.getAssignee().equals(member)).findFirst().orElseThrow();
    fixture.complete(member, own, EvaluationFixture.declaration("RECUSE", "与领衔人为同门师兄弟"));
    assertThat(status(member, page)).isEqualTo(404);

    fixture.declareAll(c);
    String version = engine.getRuntimeService().getVariable(c.evaluation().getId(),
        ExpertEvaluationProcess.VAR_SCORING_FORM).toString().replace("expertScoringForm-", "");
    List<Task> scoring = fixture.tasks(c, ExpertEvaluationProcess.SCORE_APPLICATION);
    String scorer = scoring.stream().map(Task::getAssignee).filter(e -> e.matches("expert\\d+")).findFirst()
        .orElseThrow();
    assertThat(status(scorer, page)).isEqualTo(200);
    for (Task task : scoring) {
      fixture.complete(task.getAssignee(), task, fixture.sheet(version, BigDecimal.ZERO));
    }
    fixture.awaitEnded(c);
    assertThat(status(scorer, page)).isEqualTo(404);
  }

  private int status(String user, String path) {
    return WebSession.login(baseUrl(), user, user).get(path).statusCode();
  }
}
