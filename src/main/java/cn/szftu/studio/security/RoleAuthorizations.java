package cn.szftu.studio.security;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;

import cn.szftu.studio.application.ApplicationProcess;
import cn.szftu.studio.batch.NamingBatchProcess;
import cn.szftu.studio.revocation.BatchRevocationProcess;
import cn.szftu.studio.revocation.StudioRevocationProcess;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * The one place that says which role may do what in the engine and the webapps. Task-level access is not listed:
 * the engine grants it to a task's candidate groups and assignee when the task is created.
 */
public final class RoleAuthorizations {

  static final String ANY = "*";
  static final String TASKLIST = "tasklist";
  static final String COCKPIT = "cockpit";

  private RoleAuthorizations() {
  }

  public static List<Grant> desired(Collection<String> unionCodes) {
    List<Grant> grants = new ArrayList<>();
    for (String role : List.of(Groups.CITY_OFFICE, Groups.CITY_LEADERSHIP, Groups.EXPERTS, Groups.APPLICANT)) {
      grants.add(Grant.of(role, Resources.APPLICATION, TASKLIST, ACCESS));
    }
    for (String union : unionCodes) {
      grants.add(Grant.of(Groups.unionGroup(union), Resources.APPLICATION, TASKLIST, ACCESS));
      grants.add(Grant.of(Groups.unionGroup(union), Resources.PROCESS_DEFINITION, ApplicationProcess.KEY, READ));
    }
    // Applicants start applications from Tasklist: its start dialog needs both grants.
    grants.add(Grant.of(Groups.APPLICANT, Resources.PROCESS_DEFINITION, ApplicationProcess.KEY, READ, CREATE_INSTANCE));
    grants.add(Grant.of(Groups.APPLICANT, Resources.PROCESS_INSTANCE, ANY, CREATE));
    // The city office opens the yearly naming batch from Tasklist.
    grants.add(Grant.of(Groups.CITY_OFFICE, Resources.PROCESS_DEFINITION, NamingBatchProcess.KEY, READ,
        CREATE_INSTANCE));
    grants.add(Grant.of(Groups.CITY_OFFICE, Resources.PROCESS_INSTANCE, ANY, CREATE));
    // The city office starts revocations, of one studio or of a whole batch, from Tasklist.
    grants.add(Grant.of(Groups.CITY_OFFICE, Resources.PROCESS_DEFINITION, StudioRevocationProcess.KEY, READ,
        CREATE_INSTANCE));
    grants.add(Grant.of(Groups.CITY_OFFICE, Resources.PROCESS_DEFINITION, BatchRevocationProcess.KEY, READ,
        CREATE_INSTANCE));
    // The city office oversees every case: read-only Cockpit and a view of all tasks (全部待办).
    grants.add(Grant.of(Groups.CITY_OFFICE, Resources.APPLICATION, COCKPIT, ACCESS));
    grants.add(Grant.of(Groups.CITY_OFFICE, Resources.PROCESS_DEFINITION, ANY, READ, READ_HISTORY));
    grants.add(Grant.of(Groups.CITY_OFFICE, Resources.PROCESS_INSTANCE, ANY, READ));
    grants.add(Grant.of(Groups.CITY_OFFICE, Resources.TASK, ANY, READ));
    grants.add(Grant.of(Groups.CITY_OFFICE, Resources.DEPLOYMENT, ANY, READ));
    grants.add(Grant.of(Groups.CITY_OFFICE, Resources.DECISION_DEFINITION, ANY, READ));
    grants.add(Grant.of(Groups.CITY_OFFICE, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, READ));
    for (Resources resource : Resources.values()) {
      // Read access to every filter would flood an administrator's Tasklist with each union's and each user's
      // filters; administrators may create their own (and own them), and see 全部待办 like the city office.
      grants.add(resource == Resources.FILTER
          ? Grant.of(Groups.ADMIN, resource, ANY, CREATE)
          : Grant.of(Groups.ADMIN, resource, ANY, ALL));
    }
    return grants;
  }
}
