package cn.szftu.studio.reassessment;

import cn.szftu.studio.evaluation.Evaluation;
import cn.szftu.studio.evaluation.EvaluationPurpose;
import cn.szftu.studio.evaluation.ReviewBriefs;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Tells a re-assessment panel which re-assessment it sits on and, after rectification, the host unit's report. */
@Component
class ReassessmentBriefs implements ReviewBriefs {

  private final ReassessmentService reassessments;

  ReassessmentBriefs(ReassessmentService reassessments) {
    this.reassessments = reassessments;
  }

  @Override
  public Optional<String> brief(Evaluation evaluation) {
    return evaluation.getPurpose() == EvaluationPurpose.REASSESSMENT
        ? reassessments.briefForPanel(evaluation.getApplicationId()) : Optional.empty();
  }
}
