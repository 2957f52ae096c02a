package cn.szftu.studio.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.evaluation.EvaluationFixture.Case;
import cn.szftu.studio.evaluation.form.ScoringFormFields;
import cn.szftu.studio.evaluation.form.ScoringFormGenerator;
import cn.szftu.studio.indicator.IndicatorSetService;
import cn.szftu.studio.indicator.IndicatorSets;
import cn.szftu.studio.support.PostgresIntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/** A new indicator version, loaded and made the default, is used by new evaluations only; running ones keep theirs. */
class IndicatorVersionIT extends PostgresIntegrationTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  IndicatorSets indicatorSets;
  @Autowired
  IndicatorSetService indicatorSetService;
  @Autowired
  EvaluationRepository evaluations;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void newEvaluationsUseTheNewVersionAndItsGeneratedFormWhileRunningOnesKeepTheirs() throws IOException {
    EvaluationFixture fixture = new EvaluationFixture(engine, indicatorSets, jdbc);
    String original = indicatorSets.getDefault().version();
    Case running = fixture.passedInitialReview("direct");

    // the shipped file with a new version id and one item renamed: a second version, loaded as an administrator would
    String second = "it-" + Long.toString(System.nanoTime(), 36);
    String yaml = new String(new ClassPathResource("indicator/" + original + ".yaml").getInputStream().readAllBytes(),
        StandardCharsets.UTF_8).replace("version: " + original, "version: " + second)
        .replace("name: 团队规模", "name: 团队规模（第二版）");
    indicatorSetService.load(yaml.getBytes(StandardCharsets.UTF_8), "IndicatorVersionIT");
    indicatorSetService.makeDefault(second);
    try {
      Case fresh = fixture.passedInitialReview("direct");
      assertThat(evaluation(fresh).getIndicatorVersion()).isEqualTo(second);
      assertThat(evaluation(running).getIndicatorVersion()).isEqualTo(original);

      fixture.declareAll(fresh);
      fixture.declareAll(running);
      Task freshScoring = fixture.tasks(fresh, ExpertEvaluationProcess.SCORE_APPLICATION).get(0);
      Task runningScoring = fixture.tasks(running, ExpertEvaluationProcess.SCORE_APPLICATION).get(0);
      assertThat(deployedForm(freshScoring)).contains("\"" + ScoringFormGenerator.formKey(second) + "\"")
          .contains("团队规模（第二版）");
      assertThat(deployedForm(runningScoring)).contains("\"" + ScoringFormGenerator.formKey(original) + "\"")
          .doesNotContain("第二版");

      // the running evaluation completes on its own version after the switch
      for (Task task : fixture.tasks(running, ExpertEvaluationProcess.SCORE_APPLICATION)) {
        fixture.complete(task.getAssignee(), task, fixture.sheet(original, BigDecimal.ZERO));
      }
      fixture.awaitEnded(running);
      Evaluation done = evaluation(running);
      assertThat(done.getIndicatorVersion()).isEqualTo(original);
      assertThat(done.getPanelScore()).isEqualByComparingTo("100.00");
      assertThat(engine.getTaskService().getVariableLocal(freshScoring.getId(),
          ScoringFormFields.scoreKey(indicatorSets.get(second).items().get(0).id()))).isNull();
      List<String> versions = indicatorSets.list().stream().map(s -> s.version()).toList();
      assertThat(versions).contains(original, second);
    } finally {
      indicatorSetService.makeDefault(original);
    }
  }

  private Evaluation evaluation(Case c) {
    return evaluations.findByProcessInstanceId(c.evaluation().getId()).orElseThrow();
  }

  private String deployedForm(Task task) throws IOException {
    try (InputStream form = engine.getFormService().getDeployedTaskForm(task.getId())) {
      return new String(form.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
