package cn.szftu.studio.evidence;

import java.time.Instant;

/** An evidence file without its content: what lists show. */
public record EvidenceSummary(String id, String fileName, String contentType, long sizeBytes, String sha256,
    String description, String uploadedBy, Instant uploadedAt) {

  public String sizeText() {
    return FileSizes.text(sizeBytes);
  }

  /** The type in the words applicants use. */
  public String typeLabel() {
    return switch (contentType) {
      case "application/pdf" -> "PDF";
      case "image/jpeg" -> "JPG";
      case "image/png" -> "PNG";
      default -> contentType;
    };
  }
}
