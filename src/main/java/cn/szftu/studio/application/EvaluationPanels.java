package cn.szftu.studio.application;

/** Answers whether a user sits on a running evaluation panel of an application, who then may read it to score it. */
public interface EvaluationPanels {

  boolean isActivePanelMember(String userId, long applicationId);
}
