package cn.szftu.studio.evidence;

import java.util.List;

/**
 * The evidence section of an application's page for one user: the files, and whether this user may add or remove
 * files now (and if not although they act for the applicant, why not).
 */
public record EvidencePanel(List<EvidenceSummary> files, boolean changesAllowed, String closedReason) {

  public long totalBytes() {
    return files.stream().mapToLong(EvidenceSummary::sizeBytes).sum();
  }

  public String usageText() {
    return "已上传 " + files.size() + " 个文件，合计 " + FileSizes.text(totalBytes()) + "。";
  }

  public String limitsText() {
    return EvidenceLimits.summary();
  }
}
