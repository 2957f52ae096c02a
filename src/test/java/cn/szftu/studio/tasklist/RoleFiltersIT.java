package cn.szftu.studio.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.support.PostgresIntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each demo role, seen through the engine's authorization checks, has exactly its own Tasklist filters. */
class RoleFiltersIT extends PostgresIntegrationTest {

  private static final Map<String, List<String>> EXPECTED = Map.of(
      "demo", List.of("我的待办", "全部待办"),
      "office", List.of("我的待办", "市总待办", "全部待办"),
      "leader", List.of("我的待办", "领导审议"),
      "nanshan", List.of("我的待办", "本单位待办"),
      "futian", List.of("我的待办", "本单位待办"),
      "expert1", List.of("我的待办", "专家评审"),
      "applicant1", List.of("我的待办", "本单位待办"),
      "applicant2", List.of("我的待办", "本单位待办"));

  @Autowired
  private IdentityService identityService;
  @Autowired
  private FilterService filterService;

  @AfterEach
  void clearAuthentication() {
    identityService.clearAuthentication();
  }

  @Test
  void everyRoleSeesOnlyItsOwnFilters() {
    EXPECTED.forEach((user, names) -> assertThat(visibleFilters(user)).extracting(Filter::getName)
        .as(user).containsExactlyInAnyOrderElementsOf(names));
  }

  @Test
  void unitFiltersPointAtTheUsersOwnUnionOrUnit() {
    assertThat(visibleFilters("nanshan")).filteredOn(f -> f.getName().equals("本单位待办"))
        .singleElement().satisfies(f -> assertThat(f.getProperties().get("description")).isEqualTo("南山区总工会的推荐、审核、核查和督办任务"));
    assertThat(visibleFilters("applicant2")).filteredOn(f -> f.getName().equals("本单位待办"))
        .singleElement().satisfies(f -> assertThat(f.getProperties().get("description")).isEqualTo("深圳市福田智慧电网技术有限公司的申报事项"));
  }

  @Test
  void personalFilterOfOneUserIsInvisibleToAnother() {
    List<String> keys = visibleFilters("nanshan").stream().map(f -> (String) f.getProperties().get("studioKey")).toList();
    assertThat(keys).contains("personal:mine:nanshan").noneMatch(k -> k.startsWith("personal:") && !k.endsWith(":nanshan"));
  }

  private List<Filter> visibleFilters(String userId) {
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    identityService.setAuthentication(userId, groups);
    try {
      return filterService.createTaskFilterQuery().listPage(0, 100);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
