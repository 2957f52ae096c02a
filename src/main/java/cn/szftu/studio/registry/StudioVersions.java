package cn.szftu.studio.registry;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies approved changes to the registry: the studio row takes the new particulars, a new version records them
 * with who asked and who decided, and the public history gets a CHANGED event. The particulars as named become
 * version 1 when the first change is applied; until then the studio row itself is the only version.
 */
@Service
@Transactional
public class StudioVersions {

  private final EntityManager entityManager;
  private final StudioVersionRepository versions;
  private final StudioEventRepository events;
  private final Clock clock;

  public StudioVersions(EntityManager entityManager, StudioVersionRepository versions, StudioEventRepository events,
      Clock clock) {
    this.entityManager = entityManager;
    this.versions = versions;
    this.events = events;
    this.clock = clock;
  }

  /**
   * An approved change.
   *
   * @param decision    the decision it rests on, as the history shows it (at most 200 characters)
   * @param description what changed, old → new, for the public history
   */
  public record Change(long studioId, long changeId, StudioVersion.Particulars particulars, String requestedBy,
      String decidedBy, String decision, String description) {
  }

  public StudioVersion apply(Change change) {
    // Locked: two changes applied at once must not both become the same version number.
    Studio studio = entityManager.find(Studio.class, change.studioId(), LockModeType.PESSIMISTIC_WRITE);
    if (studio == null || !studio.getStatus().isStanding()) {
      throw new IllegalStateException("studio " + change.studioId() + " is not a named studio; no change applies");
    }
    Instant now = clock.instant();
    List<StudioVersion> earlier = versions.findByStudioIdOrderByVersionNoAsc(studio.getId());
    int last = earlier.isEmpty() ? versions.save(named(studio)).getVersionNo()
        : earlier.get(earlier.size() - 1).getVersionNo();
    studio.applyChange(change.particulars(), now);
    StudioVersion version = versions.save(new StudioVersion(studio.getId(), last + 1, change.particulars(), now,
        change.changeId(), change.requestedBy(), change.decidedBy(), change.decision(), LocalDate.now(clock)));
    events.save(new StudioEvent(studio.getId(), now, StudioEventKind.CHANGED, change.description(),
        change.decision(), change.decidedBy()));
    return version;
  }

  /** A studio's versions, oldest first; empty while it has never changed. */
  @Transactional(readOnly = true)
  public List<StudioVersion> of(long studioId) {
    return versions.findByStudioIdOrderByVersionNoAsc(studioId);
  }

  private StudioVersion named(Studio studio) {
    String namedBy = events.findByStudioIdOrderByOccurredAtAscIdAsc(studio.getId()).stream()
        .filter(e -> e.getKind() == StudioEventKind.NAMED).map(StudioEvent::getActorUserId).findFirst().orElse(null);
    return new StudioVersion(studio.getId(), 1, studio.particulars(), studio.getNamedAt(), null, null, namedBy,
        studio.getOutcomeLabel() + "：" + studio.getDecisionNumber(), studio.getDecisionDate());
  }
}
