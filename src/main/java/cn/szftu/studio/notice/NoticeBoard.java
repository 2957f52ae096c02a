package cn.szftu.studio.notice;

import cn.szftu.studio.application.Application;
import cn.szftu.studio.application.ApplicationRepository;
import cn.szftu.studio.batch.BatchEntry;
import cn.szftu.studio.batch.BatchEntryRepository;
import cn.szftu.studio.batch.NamingBatch;
import cn.szftu.studio.batch.NamingBatchRepository;
import cn.szftu.studio.calendar.WorkingDays;
import cn.szftu.studio.organisation.OrganisationRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the public notice page shows: the batch on notice, its period and the studios listed. */
@Service
@Transactional(readOnly = true)
public class NoticeBoard {

  private final NamingBatchRepository batches;
  private final BatchEntryRepository entries;
  private final ApplicationRepository applications;
  private final OrganisationRepository organisations;
  private final WorkingDays workingDays;
  private final Clock clock;

  public NoticeBoard(NamingBatchRepository batches, BatchEntryRepository entries, ApplicationRepository applications,
      OrganisationRepository organisations, WorkingDays workingDays, Clock clock) {
    this.workingDays = workingDays;
    this.batches = batches;
    this.entries = entries;
    this.applications = applications;
    this.organisations = organisations;
    this.clock = clock;
  }

  /** One studio on the notice. */
  public record Listed(String applicationNumber, Integer rank, String studioName, String leaderName,
      String hostUnitName, String unionName, BigDecimal panelScore) {
  }

  /**
   * The notice of one batch: {@code firstDay} to {@code lastDay} (Beijing dates, inclusive), objections accepted from
   * {@code startsAt} until {@code endsAt} (exclusive).
   */
  public record Notice(String batchCode, String batchTitle, String outcomeLabel, LocalDate firstDay, LocalDate lastDay,
      Instant startsAt, Instant endsAt, boolean open, List<Listed> studios) {
  }

  /** The batch whose notice is running now, if any. */
  public Optional<Notice> current() {
    Instant now = clock.instant();
    return batches.findAllByOrderByYearDesc().stream().filter(b -> b.isNoticeOpenAt(now)).findFirst()
        .map(b -> notice(b, now));
  }

  public Optional<Notice> of(String batchCode) {
    return batches.findById(batchCode).filter(b -> b.getNoticeStartsAt() != null)
        .map(b -> notice(b, clock.instant()));
  }

  private Notice notice(NamingBatch batch, Instant now) {
    List<Listed> listed = entries.findByBatchCodeAndOnNoticeTrueOrderByRankAsc(batch.getCode()).stream()
        .map(this::listed).toList();
    LocalDate published = batch.getNoticeStartsAt().atZone(WorkingDays.ZONE).toLocalDate();
    NoticePeriod period = NoticePeriod.of(workingDays, published, batch.getNoticeWorkingDays());
    return new Notice(batch.getCode(), batch.getTitle(), batch.getOutcomeLabel(), period.firstDay(), period.lastDay(),
        batch.getNoticeStartsAt(), batch.getNoticeEndsAt(), batch.isNoticeOpenAt(now), listed);
  }

  private Listed listed(BatchEntry entry) {
    Application application = applications.findById(entry.getApplicationId()).orElseThrow();
    return new Listed(application.getNumber(), entry.getRank(), application.getStudioName(),
        application.getLeaderName(), hostUnitName(application), organisations.findById(application.getUnionCode())
            .map(o -> o.getName()).orElse(application.getUnionCode()), entry.getPanelScore());
  }

  private String hostUnitName(Application application) {
    return organisations.findById(application.getHostUnitCode()).map(o -> o.getName())
        .orElse(application.getHostUnitCode());
  }
}
