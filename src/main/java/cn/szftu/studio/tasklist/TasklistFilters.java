package cn.szftu.studio.tasklist;

import cn.szftu.studio.organisation.Organisation;
import cn.szftu.studio.evaluation.ExpertEvaluationProcess;
import cn.szftu.studio.security.Groups;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The Tasklist filters each role sees, in Chinese. The one place to change what a role's Tasklist offers. */
public final class TasklistFilters {

  static final String PERSONAL_PREFIX = "personal:";

  private TasklistFilters() {
  }

  /** Filters shared by a group: one per role, one per recommending union, one per host unit. */
  public static List<FilterSpec> shared(Collection<Organisation> unions, Collection<Organisation> units) {
    List<FilterSpec> filters = new ArrayList<>();
    filters.add(new FilterSpec("role:city-office", "市总待办", "分配给市总工会劳动和经济工作部的任务", 0,
        null, Groups.CITY_OFFICE, null, List.of(FilterSpec.groupReader(Groups.CITY_OFFICE))));
    filters.add(new FilterSpec("role:all", "全部待办", "全市所有待办任务（只读总览）", 10,
        null, null, null, List.of(FilterSpec.groupReader(Groups.CITY_OFFICE), FilterSpec.groupReader(Groups.ADMIN))));
    filters.add(new FilterSpec("role:city-leadership", "领导审议", "提交市总工会主席会议研究决定的事项", 0,
        null, Groups.CITY_LEADERSHIP, null, List.of(FilterSpec.groupReader(Groups.CITY_LEADERSHIP))));
    for (Organisation union : unions) {
      String group = Groups.unionGroup(union.getCode());
      filters.add(new FilterSpec("union:" + union.getCode(), "本单位待办", union.getName() + "的推荐、审核、核查和督办任务", 0,
          null, group, null, List.of(FilterSpec.groupReader(group))));
    }
    for (Organisation unit : units) {
      String group = Groups.unitGroup(unit.getCode());
      filters.add(new FilterSpec("unit:" + unit.getCode(), "本单位待办", unit.getName() + "的申报事项", 0,
          null, group, null, List.of(FilterSpec.groupReader(group))));
    }
    return filters;
  }

  /** Filters that belong to one user: their own tasks, and for experts their evaluation tasks. */
  public static List<FilterSpec> personal(String userId, boolean expert) {
    List<FilterSpec> filters = new ArrayList<>();
    filters.add(new FilterSpec(PERSONAL_PREFIX + "mine:" + userId, "我的待办", "已分配给我的任务", -10,
        userId, null, null, List.of(FilterSpec.userReader(userId))));
    if (expert) {
      filters.add(new FilterSpec(PERSONAL_PREFIX + "expert:" + userId, "专家评审", "分配给我的专家评审任务", -5,
          userId, null, ExpertEvaluationProcess.KEY, List.of(FilterSpec.userReader(userId))));
    }
    return filters;
  }
}
