package cn.szftu.studio.change.process;

import static cn.szftu.studio.change.StudioChangeProcess.VAR_CHANGE_TYPE;
import static cn.szftu.studio.change.StudioChangeProcess.VAR_MOVES_OUT;

import cn.szftu.studio.change.StudioChange;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The two facts of a request the gateways route on; set at the start and again after a correction. */
final class Routing {

  private Routing() {
  }

  static void set(VariableScope scope, StudioChange change) {
    scope.setVariable(VAR_CHANGE_TYPE, change.getType().name());
    scope.setVariable(VAR_MOVES_OUT, change.movesOutOfShenzhen());
  }
}
