package cn.szftu.studio.report;

import java.util.HashMap;
import java.util.Map;

/** A complete, valid annual report as the form submits it (numbers as Long/Double, like form-js via Tasklist). */
public final class ValidReport {

  private ValidReport() {
  }

  public static Map<String, Object> of() {
    Map<String, Object> v = new HashMap<>();
    v.put("projectCount", 3L);
    v.put("projectSummary", "五轴精密加工工艺攻关；数控刀具寿命提升；装配线防错改造");
    v.put("resultCount", 4L);
    v.put("patentCount", 2L);
    v.put("inventionPatentCount", 1L);
    v.put("resultsSummary", "形成“五轴加工零点快速找正操作法”，在公司三个车间推广应用");
    v.put("economicBenefit", 126.5);
    v.put("benefitBasis", "刀具消耗下降 18%，按全年采购额测算节约 86.5 万元；返工减少节约 40 万元");
    v.put("apprenticeCount", 6L);
    v.put("promotionCount", 2L);
    v.put("trainingCount", 8L);
    v.put("traineeCount", 240L);
    v.put("teamChanges", "新增成员 1 人（数控技师）");
    v.put("workSummary", "本年度工作室围绕公司精密加工的关键工序开展技术攻关，完成三个攻关项目，形成一项先进操作法并在三个车间推广，"
        + "组织培训交流八场，带教徒弟六人，两名成员晋升技师。");
    v.put("nextYearPlan", "开展五轴加工在线检测攻关，培养徒弟八人，开展跨企业交流两次");
    v.put("truthfulnessPledge", true);
    return v;
  }
}
