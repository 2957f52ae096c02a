package cn.szftu.studio.report.process;

import cn.szftu.studio.report.AnnualReportService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** The studio was revoked (Message_StudioRevoked) while its report was open: the report ends without a result. */
@Component("annualReportRevoked")
public class StudioRevokedListener implements ExecutionListener {

  private final AnnualReportService reports;

  public StudioRevokedListener(AnnualReportService reports) {
    this.reports = reports;
  }

  @Override
  public void notify(DelegateExecution execution) {
    reports.cancel(ReportTaskForms.reportId(execution));
  }
}
