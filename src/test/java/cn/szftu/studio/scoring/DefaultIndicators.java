package cn.szftu.studio.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test helper: the default "2023-reconstructed" set of domain/indicators.md, and a score-sheet builder. */
final class DefaultIndicators {

  static final ScoringStructure STRUCTURE = build();

  private DefaultIndicators() {
  }

  private static ScoringStructure build() {
    Map<String, String> names = new LinkedHashMap<>();
    names.put("A", "团队协作");
    names.put("B", "运行规范");
    names.put("C", "创新成果及应用");
    names.put("D", "发挥\"传帮带\"作用");
    names.put("A1", "领衔人");
    names.put("A2", "团队");
    names.put("B1", "活动场所");
    names.put("B2", "设备设施");
    names.put("B3", "工作经费");
    names.put("B4", "工作制度与计划目标");
    names.put("C1", "创新成果");
    names.put("C2", "成果应用与效益");
    names.put("D1", "人才培养");
    names.put("D2", "示范效应");
    List<ScoringItem> items = new ArrayList<>();
    String[][] rows = {
        {"A1.1", "领衔人荣誉/资质等级", "5"},
        {"A1.2", "技术技能水平与创新能力", "3"},
        {"A1.3", "履职投入", "2"},
        {"A2.1", "团队规模", "3"},
        {"A2.2", "结构合理", "4"},
        {"A2.3", "分工协作机制", "3"},
        {"B1.1", "固定专用场所", "3"},
        {"B1.2", "标识标牌与成果展示", "2"},
        {"B2.1", "设备满足攻关与培训需要", "3"},
        {"B2.2", "设备管理与共享使用", "2"},
        {"B3.1", "单位专项经费投入", "3"},
        {"B3.2", "经费管理规范、专款专用", "2"},
        {"B4.1", "管理制度健全并执行", "5"},
        {"B4.2", "年度计划、攻关课题、台账与按时报送", "5"},
        {"C1.1", "技术攻关/革新项目", "6"},
        {"C1.2", "知识产权与标准", "6"},
        {"C1.3", "获奖", "4"},
        {"C1.4", "先进操作法/工法/绝技绝活", "4"},
        {"C2.1", "成果转化应用", "5"},
        {"C2.2", "经济效益", "6"},
        {"C2.3", "社会效益", "4"},
        {"D1.1", "师带徒协议与带徒人数", "4"},
        {"D1.2", "技能等级/职称晋升人数", "4"},
        {"D1.3", "培训与技术交流次数", "4"},
        {"D2.1", "对外交流、联盟、校企合作、服务社会", "4"},
        {"D2.2", "成员荣誉与宣传推广", "4"},
    };
    for (String[] row : rows) {
      String id = row[0];
      items.add(ScoringItem.of(id, row[1], row[2], id.substring(0, 2), id.substring(0, 1)));
    }
    return new ScoringStructure("2023-reconstructed", items, names);
  }

  /** A sheet starting at full marks on every item (total 100). */
  static Sheet sheet(String expertId) {
    return new Sheet(expertId);
  }

  static final class Sheet {
    private final String expertId;
    private final Map<String, BigDecimal> scores = new LinkedHashMap<>();
    private final List<ItemScore> extra = new ArrayList<>();
    private final List<Veto> vetoes = new ArrayList<>();

    private Sheet(String expertId) {
      this.expertId = expertId;
      STRUCTURE.items().forEach(i -> scores.put(i.id(), i.maxPoints()));
    }

    Sheet set(String itemId, String points) {
      scores.put(itemId, points == null ? null : new BigDecimal(points));
      return this;
    }

    Sheet without(String itemId) {
      scores.remove(itemId);
      return this;
    }

    /** Adds a score entry as is (unknown id, or a second entry for an item). */
    Sheet extra(String itemId, String points) {
      extra.add(ItemScore.of(itemId, points));
      return this;
    }

    /**
     * Lowers the total to {@code total} by taking points off the items in structure order, each down to
     * 0 (A1.1 first, then A1.2, ...).
     */
    Sheet total(String total) {
      BigDecimal toDeduct = new BigDecimal("100").subtract(new BigDecimal(total));
      for (ScoringItem item : STRUCTURE.items()) {
        if (toDeduct.signum() == 0) {
          break;
        }
        BigDecimal d = toDeduct.min(item.maxPoints());
        scores.put(item.id(), item.maxPoints().subtract(d));
        toDeduct = toDeduct.subtract(d);
      }
      return this;
    }

    Sheet veto(VetoFlag flag, String facts) {
      vetoes.add(new Veto(flag, facts));
      return this;
    }

    ScoreSheet build() {
      List<ItemScore> list = new ArrayList<>();
      scores.forEach((id, p) -> list.add(new ItemScore(id, p)));
      list.addAll(extra);
      return new ScoreSheet(expertId, list, "意见：" + expertId, vetoes);
    }
  }
}
