package cn.szftu.studio.report.process;

import static cn.szftu.studio.report.AnnualReportRoundProcess.*;

import cn.szftu.studio.application.process.CurrentActor;
import cn.szftu.studio.report.AnnualReportRounds;
import cn.szftu.studio.report.ReportSchedule;
import cn.szftu.studio.report.RoundForm;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The city office starts a round with the start form: the values are checked, the round is recorded (once per year),
 * the report year becomes the only variable and names the business key. The reports themselves are started in the
 * next, asynchronous step, so the office's form returns at once however many studios there are.
 */
@Component("annualReportRoundOpened")
public class RoundOpenedListener implements ExecutionListener {

  private final AnnualReportRounds rounds;
  private final ReportSchedule schedule;
  private final CurrentActor actor;
  private final Clock clock;

  public RoundOpenedListener(AnnualReportRounds rounds, ReportSchedule schedule, CurrentActor actor, Clock clock) {
    this.rounds = rounds;
    this.schedule = schedule;
    this.actor = actor;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Map<String, Object> values = new HashMap<>(execution.getVariables());
    RoundForm.Round round = RoundForm.read(values, clock.instant(), schedule, rounds::dueAt);
    rounds.open(round, actor.userId(), execution.getProcessInstanceId());
    execution.removeVariables(values.keySet());
    execution.setVariable(VAR_REPORT_YEAR, round.reportYear());
    execution.setProcessBusinessKey(businessKey(round.reportYear()));
  }
}
