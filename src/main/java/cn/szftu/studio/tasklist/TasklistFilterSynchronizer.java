package cn.szftu.studio.tasklist;

import cn.szftu.studio.cluster.ClusterLocks;
import cn.szftu.studio.organisation.OrganisationKind;
import cn.szftu.studio.organisation.OrganisationRepository;
import cn.szftu.studio.security.Groups;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Keeps the engine's Tasklist filters equal to {@link TasklistFilters}: creates missing ones, rewrites changed ones,
 * deletes the application's filters nobody should have any more. Filters an administrator made by hand (without our
 * key property) are left alone.
 */
@Service
public class TasklistFilterSynchronizer {

  private static final Logger log = LoggerFactory.getLogger(TasklistFilterSynchronizer.class);

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;
  private final IdentityService identityService;
  private final OrganisationRepository organisations;
  private final ClusterLocks clusterLocks;

  public TasklistFilterSynchronizer(FilterService filterService, TaskService taskService,
      AuthorizationService authorizationService, IdentityService identityService,
      OrganisationRepository organisations, ClusterLocks clusterLocks) {
    this.clusterLocks = clusterLocks;
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
    this.identityService = identityService;
    this.organisations = organisations;
  }

  /** Every filter: shared ones from the tree, personal ones for every user. @return filters written or deleted. */
  public int synchroniseAll() {
    List<FilterSpec> wanted = new ArrayList<>(TasklistFilters.shared(
        organisations.findByKindAndActiveTrueOrderBySortOrder(OrganisationKind.RECOMMENDING_UNION),
        organisations.findByKindAndActiveTrueOrderBySortOrder(OrganisationKind.HOST_UNIT)));
    for (User user : identityService.createUserQuery().list()) {
      wanted.addAll(TasklistFilters.personal(user.getId(), isExpert(user.getId())));
    }
    int writes = apply(wanted, key -> true);
    log.info("Tasklist filters synchronised ({} writes)", writes);
    return writes;
  }

  /** One user's personal filters, e.g. at login for a user an administrator created after start-up. */
  public int synchronisePersonal(String userId) {
    String prefix = TasklistFilters.PERSONAL_PREFIX;
    return apply(TasklistFilters.personal(userId, isExpert(userId)),
        key -> key.startsWith(prefix) && key.endsWith(":" + userId));
  }

  private boolean isExpert(String userId) {
    return identityService.createGroupQuery().groupMember(userId).groupId(Groups.EXPERTS).count() > 0;
  }

  /**
   * Check-then-write without a database key to stop a second filter with the same key: two logins of one user at
   * the same moment (two nodes, or two tabs), or a login during another node's start-up, would each create the
   * user's filters, and Tasklist would list them twice. So one synchronisation at a time, cluster-wide.
   *
   * @param inScope which existing managed filters this call is responsible for (others are not deleted)
   */
  private int apply(List<FilterSpec> wanted, Predicate<String> inScope) {
    return clusterLocks.runExclusively(ClusterLocks.TASKLIST_FILTERS, "tasklist-filters",
        () -> applyAlone(wanted, inScope));
  }

  private int applyAlone(List<FilterSpec> wanted, Predicate<String> inScope) {
    Map<String, Filter> existing = new HashMap<>();
    List<Filter> duplicates = new ArrayList<>();
    for (Filter filter : filterService.createTaskFilterQuery().list()) {
      Object key = filter.getProperties() == null ? null : filter.getProperties().get(FilterSpec.KEY_PROPERTY);
      if (key instanceof String k && inScope.test(k) && existing.putIfAbsent(k, filter) != null) {
        // left by a race before synchronisation was serialised: keep the first, drop the copy
        duplicates.add(filter);
      }
    }
    int writes = 0;
    for (Filter duplicate : duplicates) {
      deleteReaders(duplicate.getId());
      filterService.deleteFilter(duplicate.getId());
      writes++;
    }
    for (FilterSpec spec : wanted) {
      Filter filter = existing.remove(spec.key());
      if (filter != null && spec.fingerprint().equals(filter.getProperties().get(FilterSpec.FINGERPRINT_PROPERTY))) {
        continue;
      }
      if (filter == null) {
        filter = filterService.newTaskFilter(spec.name());
      }
      filter.setName(spec.name());
      filter.setQuery(spec.toQuery(taskService));
      filter.setProperties(spec.properties());
      filter = filterService.saveFilter(filter);
      grantReaders(filter.getId(), spec.readers());
      writes++;
    }
    for (Filter obsolete : existing.values()) {
      deleteReaders(obsolete.getId());
      filterService.deleteFilter(obsolete.getId());
      writes++;
    }
    return writes;
  }

  private void deleteReaders(String filterId) {
    authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(filterId).list()
        .forEach(a -> authorizationService.deleteAuthorization(a.getId()));
  }

  private void grantReaders(String filterId, List<String> readers) {
    deleteReaders(filterId);
    for (String reader : readers) {
      Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setResource(Resources.FILTER);
      grant.setResourceId(filterId);
      grant.addPermission(Permissions.READ);
      String id = reader.substring(reader.indexOf(':') + 1);
      if (reader.startsWith("group:")) {
        grant.setGroupId(id);
      } else {
        grant.setUserId(id);
      }
      authorizationService.saveAuthorization(grant);
    }
  }
}
