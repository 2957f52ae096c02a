package cn.szftu.studio.registry.web;

/**
 * The printable certificate of a named studio. A revoked studio's certificate is still printable (the registry keeps
 * it), but marked void: {@code revocationText} says when and by which decision.
 */
public record CertificatePage(String namingNumber, String title, String kindTitle, String studioName,
    String hostUnitName, String leaderName, String citation, String decisionNumber, String decisionDateText,
    String issuer, String issuedOnText, String verifyUrl, boolean revoked, String revocationText) {
}
