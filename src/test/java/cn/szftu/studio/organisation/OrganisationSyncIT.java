package cn.szftu.studio.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.security.Groups;
import cn.szftu.studio.security.IdentitySynchronizer;
import cn.szftu.studio.support.PostgresIntegrationTest;
import cn.szftu.studio.tasklist.TasklistFilterSynchronizer;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The tree file drives organisation rows, groups, grants and filters; running the sync again changes nothing. */
class OrganisationSyncIT extends PostgresIntegrationTest {

  @Autowired
  private OrganisationTreeSynchronizer organisationTree;
  @Autowired
  private IdentitySynchronizer identity;
  @Autowired
  private TasklistFilterSynchronizer filters;
  @Autowired
  private IdentityService identityService;
  @Autowired
  private AuthorizationService authorizationService;
  @Autowired
  private FilterService filterService;
  @Autowired
  private JdbcTemplate jdbc;

  @Test
  void secondRunChangesNoRow() {
    Snapshot before = snapshot();

    assertThat(organisationTree.synchronise().changedAnything()).isFalse();
    assertThat(identity.synchronise()).isZero();
    assertThat(filters.synchroniseAll()).isZero();

    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void editedTreeIsAppliedAndRestored() throws Exception {
    // Users made by other tests (throwaway reviewers) get their personal filters at their first login; bring them in
    // now, so the snapshot compares only what the tree edit changes.
    filters.synchroniseAll();
    Snapshot original = snapshot();
    List<OrganisationDefinition> edited = new ArrayList<>();
    for (OrganisationDefinition d : shippedTree()) {
      if ("yantian".equals(d.code()) || "yantian".equals(d.parentCode())) {
        continue;
      }
      edited.add("luohu".equals(d.code())
          ? new OrganisationDefinition(d.code(), "罗湖区总工会（更名）", d.kind(), d.category(), d.parentCode(), d.creditCode(), d.sortOrder())
          : d);
    }
    try {
      OrganisationTreeSynchronizer.SyncResult result = organisationTree.synchronise(edited);
      identity.synchronise();
      filters.synchroniseAll();

      assertThat(result).isEqualTo(new OrganisationTreeSynchronizer.SyncResult(0, 1, 2));
      assertThat(identityService.createGroupQuery().groupId("union-luohu").singleResult().getName()).isEqualTo("罗湖区总工会（更名）");
      // Only the engine's own grant remains: members may read their group.
      assertThat(authorizationService.createAuthorizationQuery().groupIdIn("union-yantian").list())
          .as("grants of a union that left the tree")
          .extracting(a -> a.getResourceType() + "/" + a.getResourceId())
          .containsExactly(Resources.GROUP.resourceType() + "/union-yantian");
      assertThat(filterKeys()).doesNotContain("union:yantian", "unit:yt-port-logistics").contains("union:luohu");
    } finally {
      organisationTree.synchronise();
      identity.synchronise();
      filters.synchroniseAll();
    }
    assertThat(snapshot().withoutIds()).isEqualTo(original.withoutIds());
  }

  @Test
  void everyUnionAndHostUnitHasItsGroup() throws Exception {
    for (OrganisationDefinition d : shippedTree()) {
      String group = switch (d.kind()) {
        case CITY -> null;
        case RECOMMENDING_UNION -> Groups.unionGroup(d.code());
        case HOST_UNIT -> Groups.unitGroup(d.code());
      };
      if (group != null) {
        assertThat(identityService.createGroupQuery().groupId(group).groupType(Groups.TYPE_WORKFLOW).singleResult())
            .as(group).isNotNull().extracting("name").isEqualTo(d.name());
      }
    }
    assertThat(identityService.createGroupQuery().groupIdIn(Groups.CITY_OFFICE, Groups.CITY_LEADERSHIP, Groups.EXPERTS,
        Groups.APPLICANT, Groups.ADMIN).count()).isEqualTo(5);
  }

  private List<OrganisationDefinition> shippedTree() throws Exception {
    try (InputStream in = new ClassPathResource("organisation/organisation-tree.yaml").getInputStream()) {
      return new OrganisationTreeParser().parse(in, "organisation-tree.yaml");
    }
  }

  private List<Object> filterKeys() {
    return filterService.createTaskFilterQuery().list().stream().map(f -> f.getProperties().get("studioKey")).toList();
  }

  private Snapshot snapshot() {
    return new Snapshot(
        jdbc.queryForList("select code, name, kind, category, parent_code, credit_code, active, updated_at from organisation order by code"),
        jdbc.queryForList("select id_, rev_, name_, type_ from act_id_group order by id_"),
        jdbc.queryForList("select id_, rev_, type_, group_id_, user_id_, resource_type_, resource_id_, perms_ "
            + "from act_ru_authorization order by id_"),
        jdbc.queryForList("select id_, rev_, name_, query_, properties_ from act_ru_filter order by id_"));
  }

  record Snapshot(List<Map<String, Object>> organisations, List<Map<String, Object>> groups,
      List<Map<String, Object>> authorizations, List<Map<String, Object>> filters) {

    /** Content only: rows deleted and recreated get new ids and revisions, and the organisation rows a new time. */
    List<String> withoutIds() {
      List<String> rows = new ArrayList<>();
      organisations.forEach(r -> rows.add("org " + r.get("code") + r.get("name") + r.get("active") + r.get("parent_code")));
      groups.forEach(r -> rows.add("group " + r.get("id_") + r.get("name_")));
      authorizations.stream().filter(r -> !"5".equals(String.valueOf(r.get("resource_type_"))))
          .forEach(r -> rows.add("auth " + r.get("group_id_") + r.get("user_id_") + r.get("resource_type_") + r.get("resource_id_") + r.get("perms_")));
      filters.forEach(r -> rows.add("filter " + r.get("name_") + sorted(String.valueOf(r.get("properties_")))));
      return rows.stream().sorted().toList();
    }

    private static String sorted(String json) {
      try {
        return new java.util.TreeMap<>(new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, Map.class)).toString();
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
