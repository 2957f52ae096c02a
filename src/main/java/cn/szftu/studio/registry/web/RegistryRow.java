package cn.szftu.studio.registry.web;

/**
 * One studio on the public registry: only what the public naming notice itself shows (no contact data, no user ids).
 */
public record RegistryRow(String namingNumber, String status, String statusLabel, String statusClass,
    String studioName, String leaderName, String hostUnitName, String unionName, int year, String decisionNumber,
    String decisionDateText, String outcomeLabel) {
}
