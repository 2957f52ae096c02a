package cn.szftu.studio.status;

/** One entry of an application's decision history. */
public record DecisionRow(String decidedAt, String step, String outcome, String reasons, String deadline,
    String actor) {
}
