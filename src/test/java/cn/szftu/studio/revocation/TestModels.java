package cn.szftu.studio.revocation;

import org.camunda.bpm.engine.RepositoryService;

/**
 * Two small processes that stand in for the other streams' processes of a named studio: one that waits for
 * Message_StudioRevoked, and one that calls studio-revocation as re-assessment and change do (with an interrupting
 * Message_StudioRevoked event sub-process, like change's), to see that revocation does not interrupt its caller.
 */
final class TestModels {

  static final String LISTENER = "test-studio-revoked-listener";
  static final String LISTENER_END_REVOKED = "EndEvent_HeardRevoked";
  static final String CALLER = "test-revocation-caller";
  static final String CALLER_END = "EndEvent_CallDone";
  static final String CALLER_INTERRUPTED = "EndEvent_Interrupted";

  private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
      + "xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" id=\"Definitions_%s\" targetNamespace=\"http://szftu.cn/test\">"
      + "<bpmn:message id=\"Message_StudioRevoked\" name=\"" + StudioRevocationProcess.MESSAGE_STUDIO_REVOKED + "\" />";

  private static final String LISTENER_XML = String.format(HEAD, "Listener")
      + "<bpmn:process id=\"" + LISTENER + "\" isExecutable=\"true\" camunda:historyTimeToLive=\"P1D\">"
      + "<bpmn:startEvent id=\"StartEvent_1\"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>"
      + "<bpmn:intermediateCatchEvent id=\"Event_Revoked\"><bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2"
      + "</bpmn:outgoing><bpmn:messageEventDefinition messageRef=\"Message_StudioRevoked\" /></bpmn:intermediateCatchEvent>"
      + "<bpmn:endEvent id=\"" + LISTENER_END_REVOKED + "\"><bpmn:incoming>F2</bpmn:incoming></bpmn:endEvent>"
      + "<bpmn:sequenceFlow id=\"F1\" sourceRef=\"StartEvent_1\" targetRef=\"Event_Revoked\" />"
      + "<bpmn:sequenceFlow id=\"F2\" sourceRef=\"Event_Revoked\" targetRef=\"" + LISTENER_END_REVOKED + "\" />"
      + "</bpmn:process></bpmn:definitions>";

  private static final String CALLER_XML = String.format(HEAD, "Caller")
      + "<bpmn:process id=\"" + CALLER + "\" isExecutable=\"true\" camunda:historyTimeToLive=\"P1D\">"
      + "<bpmn:startEvent id=\"StartEvent_1\"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>"
      + "<bpmn:callActivity id=\"CallActivity_Revocation\" calledElement=\"" + StudioRevocationProcess.KEY + "\">"
      + "<bpmn:extensionElements><camunda:in businessKey=\"#{execution.processBusinessKey}\" />"
      + "<camunda:in source=\"studioId\" target=\"studioId\" />"
      + "<camunda:in source=\"revocationGround\" target=\"revocationGround\" />"
      + "<camunda:in source=\"revocationBasis\" target=\"revocationBasis\" />"
      + "<camunda:out source=\"revoked\" target=\"revoked\" /></bpmn:extensionElements>"
      + "<bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing></bpmn:callActivity>"
      + "<bpmn:userTask id=\"Task_AfterCall\"><bpmn:incoming>F2</bpmn:incoming><bpmn:outgoing>F3</bpmn:outgoing>"
      + "</bpmn:userTask>"
      + "<bpmn:endEvent id=\"" + CALLER_END + "\"><bpmn:incoming>F3</bpmn:incoming></bpmn:endEvent>"
      + "<bpmn:sequenceFlow id=\"F1\" sourceRef=\"StartEvent_1\" targetRef=\"CallActivity_Revocation\" />"
      + "<bpmn:sequenceFlow id=\"F2\" sourceRef=\"CallActivity_Revocation\" targetRef=\"Task_AfterCall\" />"
      + "<bpmn:sequenceFlow id=\"F3\" sourceRef=\"Task_AfterCall\" targetRef=\"" + CALLER_END + "\" />"
      + "<bpmn:subProcess id=\"SubProcess_Revoked\" triggeredByEvent=\"true\">"
      + "<bpmn:startEvent id=\"StartEvent_Revoked\" isInterrupting=\"true\"><bpmn:outgoing>F4</bpmn:outgoing>"
      + "<bpmn:messageEventDefinition messageRef=\"Message_StudioRevoked\" /></bpmn:startEvent>"
      + "<bpmn:endEvent id=\"" + CALLER_INTERRUPTED + "\"><bpmn:incoming>F4</bpmn:incoming></bpmn:endEvent>"
      + "<bpmn:sequenceFlow id=\"F4\" sourceRef=\"StartEvent_Revoked\" targetRef=\"" + CALLER_INTERRUPTED + "\" />"
      + "</bpmn:subProcess></bpmn:process></bpmn:definitions>";

  private TestModels() {
  }

  static void deploy(RepositoryService repository) {
    repository.createDeployment().name("revocation-test-models").enableDuplicateFiltering(true)
        .addString(LISTENER + ".bpmn", LISTENER_XML).addString(CALLER + ".bpmn", CALLER_XML).deploy();
  }
}
