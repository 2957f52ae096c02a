package cn.szftu.studio.status;

import java.util.List;

/**
 * Everything the detail page of one application shows one user. The may* flags are this user's rights now: the page
 * shows a form only when its POST would be accepted. {@code evaluation} is null when there is nothing to say about
 * the expert evaluation yet.
 */
public record DetailPage(ApplicationRow summary, String unionName, String applicant, String updatedAt,
    ContentView content, List<DecisionRow> decisions, List<EvidenceRow> evidence, String evidenceUsage,
    String evidenceLimits, boolean mayChangeEvidence, String evidenceClosedReason, boolean mayWithdraw,
    EvaluationView evaluation) {
}
