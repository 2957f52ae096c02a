package cn.szftu.studio.expert;

import java.util.ArrayList;
import java.util.List;

/** The conflict-of-interest rules of SPEC §3.3 (回避情形), with reasons in Chinese for the record and the UI. */
public final class ConflictOfInterest {

  public static final String SAME_EMPLOYER = "与申报工作室依托单位为同一单位";
  public static final String SAME_UNION = "隶属于推荐单位（工会）";
  public static final String EARLIER_INVOLVEMENT = "曾参与本申报的推荐、审核或评审";
  public static final String INACTIVE = "已停用，不在可抽取专家之列";

  private ConflictOfInterest() {
  }

  /** Every reason why this expert may not evaluate this case, in a fixed order; empty when there is none. */
  public static List<String> reasons(ExpertProfile expert, CaseFacts facts) {
    List<String> reasons = new ArrayList<>();
    if (sameEmployer(expert, facts)) {
      reasons.add(SAME_EMPLOYER);
    }
    if (present(expert.unionCode()) && expert.unionCode().equals(facts.recommendingUnionCode())) {
      reasons.add(SAME_UNION);
    }
    if (facts.involvedUserIds().contains(expert.id())) {
      reasons.add(EARLIER_INVOLVEMENT);
    }
    if (!expert.active()) {
      reasons.add(INACTIVE);
    }
    return List.copyOf(reasons);
  }

  private static boolean sameEmployer(ExpertProfile expert, CaseFacts facts) {
    if (present(expert.employerCode())) {
      return expert.employerCode().equals(facts.hostUnitCode());
    }
    return present(expert.employerName()) && present(facts.hostUnitName())
        && normalise(expert.employerName()).equals(normalise(facts.hostUnitName()));
  }

  /** Names typed by hand differ in spaces and full-width brackets; nothing else is forgiven. */
  private static String normalise(String name) {
    return name.replace('（', '(').replace('）', ')').replaceAll("\\s+", "");
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
