package cn.szftu.studio.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** One named studio's annual report (年度报告) for one report year, filed by its host unit. */
@Entity
@Table(name = "annual_report")
public class AnnualReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "studio_id", nullable = false)
  private Long studioId;

  @Column(name = "naming_number", nullable = false, length = 30)
  private String namingNumber;

  @Column(name = "report_year", nullable = false)
  private int reportYear;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AnnualReportStatus status;

  @Column(nullable = false)
  private boolean late;

  @Column(nullable = false)
  private int escalations;

  @Column(name = "first_overdue_at")
  private Instant firstOverdueAt;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "project_count")
  private Integer projectCount;

  @Column(name = "project_summary", length = 2000)
  private String projectSummary;

  @Column(name = "result_count")
  private Integer resultCount;

  @Column(name = "patent_count")
  private Integer patentCount;

  @Column(name = "invention_patent_count")
  private Integer inventionPatentCount;

  @Column(name = "results_summary", length = 2000)
  private String resultsSummary;

  @Column(name = "economic_benefit", precision = 12, scale = 2)
  private BigDecimal economicBenefit;

  @Column(name = "benefit_basis", length = 1000)
  private String benefitBasis;

  @Column(name = "apprentice_count")
  private Integer apprenticeCount;

  @Column(name = "promotion_count")
  private Integer promotionCount;

  @Column(name = "training_count")
  private Integer trainingCount;

  @Column(name = "trainee_count")
  private Integer traineeCount;

  @Column(name = "team_changes", length = 1000)
  private String teamChanges;

  @Column(name = "work_summary", length = 4000)
  private String workSummary;

  @Column(name = "next_year_plan", length = 2000)
  private String nextYearPlan;

  @Column(name = "filed_at")
  private Instant filedAt;

  @Column(name = "filed_by", length = 64)
  private String filedBy;

  @Column(name = "last_submitted_at")
  private Instant lastSubmittedAt;

  @Column(nullable = false)
  private int submissions;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(nullable = false)
  private int version;

  protected AnnualReport() {
  }

  AnnualReport(long studioId, String namingNumber, int reportYear, Instant dueAt, Instant now) {
    this.studioId = studioId;
    this.namingNumber = namingNumber;
    this.reportYear = reportYear;
    this.dueAt = dueAt;
    this.status = AnnualReportStatus.AWAITING;
    this.createdAt = now;
    this.updatedAt = now;
  }

  void attach(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  /** The unit files (first time) or resubmits (after a return); a first filing at or after the due moment is late. */
  void submit(ReportContent content, String userId, Instant now) {
    if (filedAt == null) {
      filedAt = now;
      filedBy = userId;
      late = late || !now.isBefore(dueAt);
    }
    apply(content);
    lastSubmittedAt = now;
    submissions++;
    status = AnnualReportStatus.SUBMITTED;
    updatedAt = now;
  }

  /** The due moment passed without a report: late from now on, whenever it is filed. */
  void overdue(Instant now) {
    late = true;
    escalations++;
    if (firstOverdueAt == null) {
      firstOverdueAt = now;
    }
    updatedAt = now;
  }

  void returned(Instant now) {
    status = AnnualReportStatus.RETURNED;
    updatedAt = now;
  }

  void end(AnnualReportStatus outcome, Instant now) {
    status = outcome;
    decidedAt = now;
    updatedAt = now;
  }

  private void apply(ReportContent content) {
    projectCount = content.projectCount();
    projectSummary = content.projectSummary();
    resultCount = content.resultCount();
    patentCount = content.patentCount();
    inventionPatentCount = content.inventionPatentCount();
    resultsSummary = content.resultsSummary();
    economicBenefit = content.economicBenefit();
    benefitBasis = content.benefitBasis();
    apprenticeCount = content.apprenticeCount();
    promotionCount = content.promotionCount();
    trainingCount = content.trainingCount();
    traineeCount = content.traineeCount();
    teamChanges = content.teamChanges();
    workSummary = content.workSummary();
    nextYearPlan = content.nextYearPlan();
  }

  /** What was filed; null before the first filing. */
  public ReportContent content() {
    if (filedAt == null) {
      return null;
    }
    return new ReportContent(projectCount, projectSummary, resultCount, patentCount, inventionPatentCount,
        resultsSummary, economicBenefit, benefitBasis, apprenticeCount, promotionCount, trainingCount, traineeCount,
        teamChanges, workSummary, nextYearPlan);
  }

  public Long getId() {
    return id;
  }

  public Long getStudioId() {
    return studioId;
  }

  public String getNamingNumber() {
    return namingNumber;
  }

  public int getReportYear() {
    return reportYear;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public AnnualReportStatus getStatus() {
    return status;
  }

  public boolean isLate() {
    return late;
  }

  public int getEscalations() {
    return escalations;
  }

  public Instant getFirstOverdueAt() {
    return firstOverdueAt;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Instant getFiledAt() {
    return filedAt;
  }

  public String getFiledBy() {
    return filedBy;
  }

  public Instant getLastSubmittedAt() {
    return lastSubmittedAt;
  }

  public int getSubmissions() {
    return submissions;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
