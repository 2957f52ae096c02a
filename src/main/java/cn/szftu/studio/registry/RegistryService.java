package cn.szftu.studio.registry;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes the registry: a named studio with its first history event. */
@Service
@Transactional
public class RegistryService {

  private final StudioRepository studios;
  private final StudioEventRepository events;
  private final Clock clock;
  private final ApplicationEventPublisher publisher;

  public RegistryService(StudioRepository studios, StudioEventRepository events, Clock clock,
      ApplicationEventPublisher publisher) {
    this.studios = studios;
    this.events = events;
    this.clock = clock;
    this.publisher = publisher;
  }

  /** What naming records about one studio. */
  public record Naming(long applicationId, String batchCode, int year, int sequence, String studioName,
      String leaderName, String hostUnitCode, String hostUnitName, String unionCode, BigDecimal panelScore,
      String decisionNumber, LocalDate decisionDate, String outcomeLabel, String actorUserId) {
  }

  /** What a revocation records: the ground's label, the basis, and the decision that revoked the studio. */
  public record Revocation(long studioId, String reason, String basis, String decisionNumber, LocalDate decisionDate,
      String actorUserId) {
  }

  /** The naming number: the batch year and the studio's place on the named list, e.g. SZMGCX-2026-007. */
  public static String namingNumber(int year, int sequence) {
    return String.format("SZMGCX-%d-%03d", year, sequence);
  }

  /** Enters a studio; naming the same application twice returns the existing entry. */
  public Studio name(Naming naming) {
    return name(naming, clock.instant());
  }

  /** Enters a studio named at a given moment: a naming decided before the system ran (the demo's earlier batch). */
  public Studio name(Naming naming, Instant now) {
    return studios.findByApplicationId(naming.applicationId()).orElseGet(() -> {
      Studio studio = studios.save(new Studio(namingNumber(naming.year(), naming.sequence()), naming.applicationId(),
          naming.batchCode(), naming.studioName(), naming.leaderName(), naming.hostUnitCode(), naming.hostUnitName(),
          naming.unionCode(), naming.panelScore(), naming.decisionNumber(), naming.decisionDate(),
          naming.outcomeLabel(), now));
      events.save(new StudioEvent(studio.getId(), now, StudioEventKind.NAMED,
          naming.outcomeLabel() + "为深圳市示范性劳模和工匠人才创新工作室（评审得分 " + naming.panelScore() + " 分）",
          naming.decisionNumber() + "（" + naming.decisionDate() + "）", naming.actorUserId()));
      publisher.publishEvent(new StudioNamed(studio.getId(), studio.getNamingNumber()));
      return studio;
    });
  }

  /** Marks a named studio revoked and adds the event to its public history (the reason, not the basis). */
  public Studio revoke(Revocation revocation) {
    Studio studio = studios.findById(revocation.studioId()).orElseThrow();
    Instant now = clock.instant();
    studio.revoke(revocation.reason(), revocation.basis(), revocation.decisionNumber(), revocation.decisionDate(), now);
    events.save(new StudioEvent(studio.getId(), now, StudioEventKind.REVOKED, "撤销命名：" + revocation.reason(),
        revocation.decisionNumber() + "（" + revocation.decisionDate() + "）", revocation.actorUserId()));
    return studio;
  }
}
