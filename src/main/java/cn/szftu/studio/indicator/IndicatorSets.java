package cn.szftu.studio.indicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The read API for scoring and evaluation code: a stored version as an immutable tree. Versions never change once
 * stored, so a caller may keep what it gets for as long as it likes.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorSets {

  private final IndicatorSetRowRepository sets;
  private final IndicatorRowRepository indicators;
  /** Assembled versions: every scoring task and score sheet needs its batch's version, and a version never changes. */
  private final Map<String, IndicatorSet> assembled = new ConcurrentHashMap<>();

  public IndicatorSets(IndicatorSetRowRepository sets, IndicatorRowRepository indicators) {
    this.sets = sets;
    this.indicators = indicators;
  }

  /** The stored version, or {@link IndicatorSetNotFoundException}. */
  public IndicatorSet get(String version) {
    return find(version).orElseThrow(() -> new IndicatorSetNotFoundException(version));
  }

  public Optional<IndicatorSet> find(String version) {
    if (version == null) {
      return Optional.empty();
    }
    IndicatorSet known = assembled.get(version);
    return known != null ? Optional.of(known) : sets.findById(version).map(this::assemble);
  }

  /** The version new evaluations use. */
  public IndicatorSet getDefault() {
    return sets.findFirstByDefaultSetTrue().map(this::assemble)
        .orElseThrow(() -> new IndicatorSetNotFoundException(null));
  }

  public List<IndicatorSetSummary> list() {
    return sets.findAllByOrderByLoadedAtAscVersionAsc().stream().map(IndicatorSetSummary::of).toList();
  }

  public Optional<IndicatorSetSummary> summary(String version) {
    return version == null ? Optional.empty() : sets.findById(version).map(IndicatorSetSummary::of);
  }

  private IndicatorSet assemble(IndicatorSetRow set) {
    IndicatorSet known = assembled.get(set.getVersion());
    if (known != null) {
      return known;
    }
    IndicatorSet read = read(set);
    remember(read);
    return read;
  }

  /** A version read in the transaction that stores it is remembered once that transaction has committed. */
  private void remember(IndicatorSet set) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          assembled.putIfAbsent(set.version(), set);
        }
      });
    } else {
      assembled.putIfAbsent(set.version(), set);
    }
  }

  private IndicatorSet read(IndicatorSetRow set) {
    List<IndicatorRow> rows = indicators.findBySetVersionOrderBySortOrderAsc(set.getVersion());
    Map<String, List<IndicatorRow>> byParent = new HashMap<>();
    for (IndicatorRow row : rows) {
      byParent.computeIfAbsent(row.getParentId(), k -> new ArrayList<>()).add(row);
    }
    return new IndicatorSet(set.getVersion(), set.getTitle(), build(byParent, null));
  }

  private static List<Indicator> build(Map<String, List<IndicatorRow>> byParent, String parentId) {
    List<Indicator> result = new ArrayList<>();
    for (IndicatorRow row : byParent.getOrDefault(parentId, List.of())) {
      result.add(new Indicator(row.getIndicatorId(), row.getName(), row.getMaxPoints(), row.getHint(), row.getLevel(),
          build(byParent, row.getIndicatorId())));
    }
    return result;
  }
}
