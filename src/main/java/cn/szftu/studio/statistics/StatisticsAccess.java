package cn.szftu.studio.statistics;

import cn.szftu.studio.security.CamundaIdentityAuthenticationProvider;
import cn.szftu.studio.security.Groups;
import java.util.Set;
import org.springframework.security.core.Authentication;

/**
 * Who may see the statistics: the city office, the leadership and administrators (their Camunda groups, as GROUP_
 * authorities of the login). Unions and applicants see their own applications on 我的申报, not the city's figures.
 */
final class StatisticsAccess {

  static final Set<String> GROUPS = Set.of(Groups.CITY_OFFICE, Groups.CITY_LEADERSHIP, Groups.ADMIN);

  private StatisticsAccess() {
  }

  static boolean allowed(Authentication user) {
    return user != null && user.getAuthorities().stream().map(a -> a.getAuthority())
        .anyMatch(a -> a.startsWith(CamundaIdentityAuthenticationProvider.GROUP_AUTHORITY_PREFIX)
            && GROUPS.contains(a.substring(CamundaIdentityAuthenticationProvider.GROUP_AUTHORITY_PREFIX.length())));
  }
}
