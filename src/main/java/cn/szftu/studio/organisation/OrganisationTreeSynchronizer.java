package cn.szftu.studio.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings the organisation table in line with the tree file. Idempotent: an unchanged file writes no row; a code
 * missing from the file is deactivated rather than deleted, because applications and studios keep referring to it.
 */
@Service
public class OrganisationTreeSynchronizer {

  private static final Logger log = LoggerFactory.getLogger(OrganisationTreeSynchronizer.class);

  private final OrganisationRepository repository;
  private final Resource treeFile;
  private final Clock clock;

  public OrganisationTreeSynchronizer(OrganisationRepository repository,
      @Value("${studio.organisation.tree-file}") Resource treeFile, Clock clock) {
    this.repository = repository;
    this.treeFile = treeFile;
    this.clock = clock;
  }

  @Transactional
  public SyncResult synchronise() {
    try (InputStream in = treeFile.getInputStream()) {
      return synchronise(new OrganisationTreeParser().parse(in, treeFile.getFilename()));
    } catch (IOException e) {
      throw new IllegalStateException("无法读取组织架构文件 " + treeFile.getDescription(), e);
    }
  }

  @Transactional
  public SyncResult synchronise(List<OrganisationDefinition> definitions) {
    Instant now = clock.instant();
    Map<String, Organisation> existing = new HashMap<>();
    repository.findAll().forEach(o -> existing.put(o.getCode(), o));
    int created = 0;
    int updated = 0;
    // Parents come first in the list, so the foreign key holds at every flush.
    for (OrganisationDefinition definition : definitions) {
      Organisation row = existing.get(definition.code());
      if (row == null) {
        row = new Organisation(definition.code());
        row.apply(definition, now);
        repository.save(row);
        created++;
      } else if (row.apply(definition, now)) {
        updated++;
      }
    }
    Set<String> wanted = definitions.stream().map(OrganisationDefinition::code).collect(Collectors.toSet());
    int deactivated = 0;
    for (Organisation row : existing.values()) {
      if (!wanted.contains(row.getCode()) && row.deactivate(now)) {
        deactivated++;
      }
    }
    SyncResult result = new SyncResult(created, updated, deactivated);
    log.info("Organisation tree synchronised: {}", result);
    return result;
  }

  public record SyncResult(int created, int updated, int deactivated) {
    public boolean changedAnything() {
      return created + updated + deactivated > 0;
    }
  }
}
