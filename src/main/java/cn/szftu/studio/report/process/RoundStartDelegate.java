package cn.szftu.studio.report.process;

import static cn.szftu.studio.report.AnnualReportRoundProcess.*;

import cn.szftu.studio.report.AnnualReportRounds;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Starts one annual-report process per studio that reports for the round's year and has none yet. */
@Component("annualReportRoundStart")
public class RoundStartDelegate implements JavaDelegate {

  private final AnnualReportRounds rounds;

  public RoundStartDelegate(AnnualReportRounds rounds) {
    this.rounds = rounds;
  }

  @Override
  public void execute(DelegateExecution execution) {
    rounds.startReports(((Number) execution.getVariable(VAR_REPORT_YEAR)).intValue());
  }
}
