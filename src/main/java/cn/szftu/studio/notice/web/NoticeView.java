package cn.szftu.studio.notice.web;

import java.util.List;

/**
 * The running notice as the public page shows it: every text already formatted in Chinese.
 *
 * @param title        e.g. "2026 年度…命名拟命名名单公示"
 * @param periodText   "公示期：2026年11月26日至2026年12月2日（5 个工作日）"
 * @param deadlineText "异议受理截止：2026年12月2日 24:00"
 */
public record NoticeView(String batchCode, String title, String outcomeLabel, String periodText, String deadlineText,
    List<Row> studios) {

  /** One listed studio; texts, with "—" for a missing rank or score. */
  public record Row(String applicationNumber, String rank, String studioName, String leaderName, String hostUnitName,
      String unionName, String score) {

    public String optionText() {
      return applicationNumber + " " + studioName;
    }
  }

  public List<String> numbers() {
    return studios.stream().map(Row::applicationNumber).toList();
  }

  public Row studio(String applicationNumber) {
    return studios.stream().filter(r -> r.applicationNumber().equals(applicationNumber)).findFirst().orElse(null);
  }
}
