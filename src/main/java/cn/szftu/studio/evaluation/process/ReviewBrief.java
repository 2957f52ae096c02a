package cn.szftu.studio.evaluation.process;

import cn.szftu.studio.evaluation.Evaluation;
import cn.szftu.studio.evaluation.EvaluationPurpose;
import cn.szftu.studio.evaluation.ReviewBriefs;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The read-only 评审事项 of the declaration and scoring forms: what the experts are scoring the studio for. */
@Component
public class ReviewBrief {

  static final String NAMING = "命名评审：评审结果用于本批次的排序和拟命名名单。";
  static final String REASSESSMENT = "定期复核：已命名工作室按命名时的指标体系重新评分。";

  private final ObjectProvider<ReviewBriefs> briefs;

  public ReviewBrief(ObjectProvider<ReviewBriefs> briefs) {
    this.briefs = briefs;
  }

  public String of(Evaluation evaluation) {
    if (evaluation.getPurpose() == EvaluationPurpose.NAMING) {
      return NAMING;
    }
    List<ReviewBriefs> all = briefs.orderedStream().toList();
    return all.stream().map(b -> b.brief(evaluation)).flatMap(Optional::stream).findFirst().orElse(REASSESSMENT);
  }
}
