package cn.szftu.studio.registry.web;

import java.util.List;

/**
 * A studio's public registry entry: the naming as decided, its current standing and its whole history. The revocation
 * date, decision and reason (the ground's label) are null while the studio stands.
 */
public record StudioPage(RegistryRow studio, String batchTitle, boolean revoked,
    String revokedOnText, String revocationDecision, String revocationReason, List<HistoryRow> history) {

  /** One event of the history: when, what kind, what happened and the decision it rests on. */
  public record HistoryRow(String dateText, String kindLabel, String kindClass, String description, String decision) {
  }
}
