package cn.szftu.studio.change;

import cn.szftu.studio.application.form.ApplicationContent;
import cn.szftu.studio.eligibility.HonourLevel;
import cn.szftu.studio.eligibility.HonourType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What reviewers, the public history and the revocation read about a change, in Chinese: old → new. */
public final class ChangeTexts {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private ChangeTexts() {
  }

  /** The requested change as the review forms show it, one line per item. */
  public static String requested(StudioChange c) {
    List<String> lines = new ArrayList<>();
    switch (c.getType()) {
      case LEADER -> {
        lines.add("领衔人：" + c.getOldLeaderName() + " → " + c.getNewLeaderName());
        lines.add("新领衔人职务/岗位：" + c.getNewLeaderPosition());
        lines.add("新领衔人技能等级/职称：" + c.getNewLeaderSkillLevel().label());
        lines.add("新领衔人荣誉：");
        honours(c.getNewLeaderHonours()).forEach(h -> lines.add("  · " + honour(h)));
        lines.add(c.getNewStudioName() == null ? "工作室名称：不变（" + c.getOldStudioName() + "）"
            : "工作室名称：" + c.getOldStudioName() + " → " + c.getNewStudioName());
      }
      case NAME -> lines.add("工作室名称：" + c.getOldStudioName() + " → " + c.getNewStudioName());
      case HOST_UNIT -> {
        lines.add("依托单位：" + c.getOldHostUnitName() + " → " + c.getNewHostUnitName()
            + (c.getNewHostUnitCreditCode() == null ? "" : "（统一社会信用代码 " + c.getNewHostUnitCreditCode() + "）"));
        lines.add(c.movesOutOfShenzhen() ? "变更后是否仍在深圳市内：否，迁出深圳市（确认后按规定启动撤销程序）"
            : "变更后是否仍在深圳市内：是");
      }
      default -> throw new IllegalStateException("unknown change type " + c.getType());
    }
    return String.join("\n", lines);
  }

  /** What changed, for the studio's public history: 领衔人由“甲”变更为“乙”；…. */
  public static String history(StudioChange c) {
    List<String> parts = new ArrayList<>();
    if (c.getNewLeaderName() != null) {
      parts.add(from("领衔人", c.getOldLeaderName(), c.getNewLeaderName()));
    }
    if (c.getNewStudioName() != null) {
      parts.add(from("工作室名称", c.getOldStudioName(), c.getNewStudioName()));
    }
    if (c.getNewHostUnitCode() != null) {
      parts.add(from("依托单位", c.getOldHostUnitName(), c.getNewHostUnitName()));
    }
    return c.getType().label() + "：" + String.join("；", parts) + "。";
  }

  /** The decision a change rests on, for the history's 依据 column: who approved it last, and when. */
  public static String decision(ChangeStep step, LocalDate day) {
    String approver = step == ChangeStep.LEADERSHIP_APPROVAL ? "市总工会主席会议" : "市总工会";
    return approver + "批准变更（" + DAY.format(day) + "）";
  }

  /** The revocation's facts for a host unit that moves out of Shenzhen (at most 2000 characters). */
  public static String revocationBasis(StudioChange c, String namingNumber) {
    String text = "工作室（命名编号 " + namingNumber + "）的依托单位由“" + c.getOldHostUnitName() + "”变更为“"
        + c.getNewHostUnitName() + "”，迁出深圳市，经推荐单位审核同意、市总工会确认。变更理由：" + c.getReasons();
    return text.length() > 2000 ? text.substring(0, 1999) + "…" : text;
  }

  public static String honour(ApplicationContent.Honour h) {
    return h.type().label() + "（" + h.level().label() + "，" + h.year() + " 年）：" + h.title();
  }

  static String honoursJson(List<ApplicationContent.Honour> honours) {
    List<Map<String, Object>> rows = honours.stream().map(h -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("type", h.type().name());
      row.put("level", h.level().name());
      row.put("year", h.year());
      row.put("title", h.title());
      return row;
    }).toList();
    try {
      return JSON.writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static List<ApplicationContent.Honour> honours(String json) {
    if (json == null) {
      return List.of();
    }
    try {
      List<Map<String, Object>> rows = JSON.readValue(json, new TypeReference<>() {
      });
      return rows.stream().map(r -> new ApplicationContent.Honour(HonourType.valueOf((String) r.get("type")),
          HonourLevel.valueOf((String) r.get("level")), ((Number) r.get("year")).intValue(), (String) r.get("title")))
          .toList();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored honours are not JSON", e);
    }
  }

  private static String from(String what, String old, String next) {
    return what + "由“" + old + "”变更为“" + next + "”";
  }
}
