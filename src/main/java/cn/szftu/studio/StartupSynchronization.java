package cn.szftu.studio;

import cn.szftu.studio.batch.BatchSynchronizer;
import cn.szftu.studio.demo.DemoUsers;
import cn.szftu.studio.expert.DemoExperts;
import cn.szftu.studio.naming.BatchProcesses;
import cn.szftu.studio.organisation.OrganisationTreeSynchronizer;
import cn.szftu.studio.security.AdminBootstrap;
import cn.szftu.studio.security.IdentitySynchronizer;
import cn.szftu.studio.tasklist.TasklistFilterSynchronizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Start-up in dependency order: the tree file fills the organisation table, the configured batches take their quotas
 * per union from it (and each its naming-batch process), groups and grants follow from it, then
 * users (demo users and demo experts, or the first administrator), and last the Tasklist filters, which need both
 * groups and users.
 */
@Component
@Order(0)
public class StartupSynchronization implements ApplicationRunner {

  private final OrganisationTreeSynchronizer organisationTree;
  private final IdentitySynchronizer identity;
  private final ObjectProvider<DemoUsers> demoUsers;
  private final ObjectProvider<DemoExperts> demoExperts;
  private final AdminBootstrap adminBootstrap;
  private final TasklistFilterSynchronizer filters;
  private final BatchSynchronizer batches;
  private final BatchProcesses batchProcesses;

  public StartupSynchronization(OrganisationTreeSynchronizer organisationTree, IdentitySynchronizer identity,
      ObjectProvider<DemoUsers> demoUsers, AdminBootstrap adminBootstrap, TasklistFilterSynchronizer filters,
      BatchSynchronizer batches, ObjectProvider<DemoExperts> demoExperts, BatchProcesses batchProcesses) {
    this.batchProcesses = batchProcesses;
    this.batches = batches;
    this.demoExperts = demoExperts;
    this.organisationTree = organisationTree;
    this.identity = identity;
    this.demoUsers = demoUsers;
    this.adminBootstrap = adminBootstrap;
    this.filters = filters;
  }

  @Override
  public void run(ApplicationArguments args) {
    organisationTree.synchronise();
    batches.synchronise();
    batchProcesses.startMissing();
    identity.synchronise();
    demoUsers.ifAvailable(DemoUsers::load);
    demoExperts.ifAvailable(DemoExperts::load);
    adminBootstrap.ensureAdministrator();
    filters.synchroniseAll();
  }
}
