package cn.szftu.studio.mail.task;

import java.time.Instant;
import java.util.Set;

/**
 * What a task mail says about a task and whom it goes to: the assignee if there is one, else the candidate users and
 * the members of the candidate groups.
 */
public record TaskFacts(String taskId, String taskName, String processName, String businessKey, Instant due,
    String assignee, Set<String> candidateUsers, Set<String> candidateGroups) {

  public TaskFacts {
    candidateUsers = Set.copyOf(candidateUsers);
    candidateGroups = Set.copyOf(candidateGroups);
  }
}
