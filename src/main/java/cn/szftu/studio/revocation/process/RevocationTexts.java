package cn.szftu.studio.revocation.process;

import cn.szftu.studio.DisplayDates;
import cn.szftu.studio.registry.Studio;
import cn.szftu.studio.revocation.ReapplicationBanTerm;
import cn.szftu.studio.revocation.RevocationGround;
import cn.szftu.studio.revocation.RevocationProperties;
import cn.szftu.studio.revocation.StudioRevocation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** The read-only texts the revocation forms show: the studio, the defence, the opinion, the decision, the ban. */
final class RevocationTexts {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private RevocationTexts() {
  }

  static String studio(Studio studio) {
    return studio.getNamingNumber() + " " + studio.getStudioName() + "（领衔人：" + studio.getLeaderName() + "；依托单位："
        + studio.getHostUnitName() + "）";
  }

  static String defence(StudioRevocation revocation) {
    if (revocation.getDefenceOutcome() == null) {
      return "尚未申辩";
    }
    String when = DisplayDates.dateTime(revocation.getDefenceAt());
    return switch (revocation.getDefenceOutcome()) {
      case SUBMITTED -> "依托单位于 " + when + " 提交申辩意见：\n" + revocation.getDefence();
      case WAIVED -> "依托单位于 " + when + " 表示放弃申辩。";
      case LAPSED -> "申辩期限（" + DisplayDates.lastDay(revocation.getDefenceDueAt()) + "）届满，依托单位未提交申辩意见。";
    };
  }

  static String opinion(StudioRevocation revocation) {
    if (revocation.getOpinion() == null) {
      return "";
    }
    String what = switch (revocation.getOpinion()) {
      case PROPOSE_REVOCATION -> "拟撤销";
      case PROPOSE_RETENTION -> "不予撤销";
    };
    return what + "。理由：" + revocation.getOpinionReasons();
  }

  static String decision(String number, LocalDate date) {
    return number + "（" + DAY.format(date) + "）";
  }

  static String deadline(Instant due) {
    return DisplayDates.lastDay(due) + "（含）前";
  }

  /** What a revocation on this ground would mean for re-applying, so the decision body decides knowingly. */
  static String ban(RevocationProperties properties, RevocationGround ground, LocalDate decisionDay) {
    int years = properties.banYears(ground);
    if (years == 0) {
      return "按“" + ground.label() + "”撤销的，依托单位再次申报不受限制。";
    }
    LocalDate until = ReapplicationBanTerm.lastBannedDay(properties, ground, decisionDay).orElseThrow();
    return "按“" + ground.label() + "”撤销的，依托单位 " + years + " 年内不得再次申报（如今天决定，至 " + DAY.format(until)
        + "）。";
  }
}
