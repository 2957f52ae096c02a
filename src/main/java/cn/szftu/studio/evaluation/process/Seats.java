package cn.szftu.studio.evaluation.process;

import static cn.szftu.studio.evaluation.ExpertEvaluationProcess.VAR_EVALUATION_ID;
import static cn.szftu.studio.evaluation.ExpertEvaluationProcess.VAR_SEAT;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The seat and evaluation a task or execution of the panel belongs to. */
final class Seats {

  private Seats() {
  }

  static int of(VariableScope scope) {
    return ((Number) scope.getVariable(VAR_SEAT)).intValue();
  }

  static long evaluationId(VariableScope scope) {
    return (Long) scope.getVariable(VAR_EVALUATION_ID);
  }
}
