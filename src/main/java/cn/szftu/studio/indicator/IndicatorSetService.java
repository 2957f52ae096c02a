package cn.szftu.studio.indicator;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores indicator-set versions. A version is written once: loading the same version id again with the same content
 * changes nothing, with different content it is refused. The first version ever stored becomes the default.
 */
@Service
public class IndicatorSetService {

  private static final Logger log = LoggerFactory.getLogger(IndicatorSetService.class);

  private final IndicatorSetRowRepository sets;
  private final IndicatorRowRepository indicators;
  private final IndicatorSets reader;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final IndicatorSetParser parser = new IndicatorSetParser();

  public IndicatorSetService(IndicatorSetRowRepository sets, IndicatorRowRepository indicators, IndicatorSets reader,
      Clock clock, ApplicationEventPublisher events) {
    this.sets = sets;
    this.indicators = indicators;
    this.reader = reader;
    this.clock = clock;
    this.events = events;
  }

  /** Parses, validates and stores a file; {@code source} names it in messages and in the stored row. */
  @Transactional
  public LoadResult load(byte[] content, String source) {
    return load(parser.parse(content, source), source);
  }

  @Transactional
  public LoadResult load(IndicatorSet set, String source) {
    Optional<IndicatorSet> stored = reader.find(set.version());
    if (stored.isPresent()) {
      if (!stored.get().equals(set)) {
        throw new IndicatorSetConflictException(set.version());
      }
      return new LoadResult(reader.summary(set.version()).orElseThrow(), stored.get(), false);
    }
    boolean makeDefault = sets.findByDefaultSetTrue().isEmpty();
    sets.saveAndFlush(new IndicatorSetRow(set.version(), set.title(), truncate(source), clock.instant(), makeDefault));
    int[] order = {0};
    for (Indicator first : set.indicators()) {
      save(set.version(), first, null, order);
    }
    indicators.flush();
    log.info("Indicator set {} stored from {}{}", set.version(), source, makeDefault ? " as the default" : "");
    events.publishEvent(new IndicatorSetStored(set.version()));
    return new LoadResult(reader.summary(set.version()).orElseThrow(), set, true);
  }

  private void save(String version, Indicator indicator, String parentId, int[] order) {
    indicators.save(new IndicatorRow(version, indicator, parentId, order[0]++));
    for (Indicator child : indicator.children()) {
      save(version, child, indicator.id(), order);
    }
  }

  /** Makes a stored version the one new evaluations use; evaluations in flight keep the version they recorded. */
  @Transactional
  public IndicatorSetSummary makeDefault(String version) {
    IndicatorSetRow chosen = sets.findById(version).orElseThrow(() -> new IndicatorSetNotFoundException(version));
    for (IndicatorSetRow row : sets.findByDefaultSetTrue()) {
      if (!row.getVersion().equals(version)) {
        row.setDefaultSet(false);
      }
    }
    sets.flush();
    chosen.setDefaultSet(true);
    sets.flush();
    return IndicatorSetSummary.of(chosen);
  }

  private static String truncate(String source) {
    return source.length() <= 200 ? source : source.substring(0, 199) + "…";
  }

  /** What a load did: {@code created} is false when the identical version was already stored. */
  public record LoadResult(IndicatorSetSummary summary, IndicatorSet set, boolean created) {

    public IndicatorSetView view() {
      return IndicatorSetView.of(summary, set);
    }
  }
}
