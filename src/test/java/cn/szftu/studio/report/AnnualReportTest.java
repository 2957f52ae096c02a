package cn.szftu.studio.report;

import cn.szftu.studio.support.EngineTime;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a report counts as late, and what a resubmission changes. */
class AnnualReportTest {

  private static final Instant DUE = EngineTime.beijing("2026-12-11T18:00");
  private static final ReportContent CONTENT = ReportForm.read(ValidReport.of(), List.of());

  private static AnnualReport report() {
    return new AnnualReport(1L, "SZMGCX-2026-001", 2026, DUE, DUE.minusSeconds(86_400 * 30));
  }

  @Test
  void filedBeforeTheDueMomentIsOnTime() {
    AnnualReport report = report();
    report.submit(CONTENT, "applicant1", DUE.minusSeconds(1));

    assertThat(report.isLate()).isFalse();
    assertThat(report.getStatus()).isEqualTo(AnnualReportStatus.SUBMITTED);
  }

  @Test
  void filedAtTheDueMomentIsLate() {
    AnnualReport report = report();
    report.submit(CONTENT, "applicant1", DUE);

    assertThat(report.isLate()).isTrue();
  }

  @Test
  void anOverdueNoticeMakesTheReportLateWhateverTheFilingTimeSays() {
    AnnualReport report = report();
    report.overdue(DUE);
    report.submit(CONTENT, "applicant1", DUE.minusSeconds(60));

    assertThat(report.isLate()).isTrue();
    assertThat(report.getEscalations()).isEqualTo(1);
    assertThat(report.getFirstOverdueAt()).isEqualTo(DUE);
  }

  @Test
  void aRevisionAfterTheDueMomentKeepsTheFirstFilingAndItsTimeliness() {
    AnnualReport report = report();
    Instant filed = DUE.minusSeconds(3600);
    report.submit(CONTENT, "applicant1", filed);
    report.returned(DUE.minusSeconds(60));
    report.submit(CONTENT, "applicant1-colleague", DUE.plusSeconds(86_400));

    assertThat(report.isLate()).as("returned for revision is not late filing").isFalse();
    assertThat(report.getFiledAt()).isEqualTo(filed);
    assertThat(report.getFiledBy()).isEqualTo("applicant1");
    assertThat(report.getLastSubmittedAt()).isEqualTo(DUE.plusSeconds(86_400));
    assertThat(report.getSubmissions()).isEqualTo(2);
  }
}
