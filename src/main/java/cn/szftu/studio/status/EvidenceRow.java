package cn.szftu.studio.status;

/** One evidence file as listed on the detail page. */
public record EvidenceRow(String id, String fileName, String typeLabel, String sizeText, String description,
    String uploadedBy, String uploadedAt, String sha256) {
}
