package cn.szftu.studio.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

class StatisticsAccessTest {

  @Test
  void onlyCityOfficeLeadershipAndAdministrators() {
    assertThat(StatisticsAccess.allowed(user("GROUP_city-office"))).isTrue();
    assertThat(StatisticsAccess.allowed(user("GROUP_city-leadership"))).isTrue();
    assertThat(StatisticsAccess.allowed(user("GROUP_camunda-admin"))).isTrue();
    assertThat(StatisticsAccess.allowed(user("GROUP_union-nanshan", "GROUP_applicant"))).isFalse();
    assertThat(StatisticsAccess.allowed(user("city-office"))).isFalse();
    assertThat(StatisticsAccess.allowed(user())).isFalse();
    assertThat(StatisticsAccess.allowed(null)).isFalse();
  }

  private static UsernamePasswordAuthenticationToken user(String... authorities) {
    return UsernamePasswordAuthenticationToken.authenticated("u", null,
        List.of(authorities).stream().map(SimpleGrantedAuthority::new).toList());
  }
}
