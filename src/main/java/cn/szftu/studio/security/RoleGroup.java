package cn.szftu.studio.security;

import java.util.List;

/** The fixed role groups with their Chinese names. */
public enum RoleGroup {
  CITY_OFFICE(Groups.CITY_OFFICE, "市总工会劳动和经济工作部"),
  CITY_LEADERSHIP(Groups.CITY_LEADERSHIP, "市总工会主席会议"),
  EXPERTS(Groups.EXPERTS, "评审专家"),
  APPLICANT(Groups.APPLICANT, "申报人"),
  ADMIN(Groups.ADMIN, "系统管理员");

  private final String id;
  private final String displayName;

  RoleGroup(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  public static List<RoleGroup> all() {
    return List.of(values());
  }
}
