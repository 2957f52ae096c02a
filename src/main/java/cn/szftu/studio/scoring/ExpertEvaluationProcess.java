package cn.szftu.studio.scoring;

/** Key, element ids and variable names of the expert-evaluation process. */
public final class ExpertEvaluationProcess {

  public static final String KEY = "expert-evaluation";

  private ExpertEvaluationProcess() {
  }
}
