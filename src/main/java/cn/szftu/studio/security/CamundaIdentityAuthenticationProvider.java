package cn.szftu.studio.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Spring Security login against Camunda's identity service, so there is one user store for the application, the
 * webapps and the REST API. Camunda's checkPassword also applies its login throttling (delay, then lock). Unknown user
 * and wrong password fail with the same exception, so the answer does not reveal which user ids exist.
 */
@Component
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  public static final String GROUP_AUTHORITY_PREFIX = "GROUP_";
  static final String BAD_CREDENTIALS = "用户名或密码错误";
  private static final int MAX_INPUT = 256;

  private final IdentityService identityService;

  public CamundaIdentityAuthenticationProvider(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    String password = credentials == null ? "" : credentials.toString();
    if (userId == null || userId.isBlank() || userId.length() > MAX_INPUT || password.length() > MAX_INPUT
        || !identityService.checkPassword(userId, password)) {
      throw new BadCredentialsException(BAD_CREDENTIALS);
    }
    List<GrantedAuthority> authorities = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(g -> (GrantedAuthority) new SimpleGrantedAuthority(GROUP_AUTHORITY_PREFIX + g.getId()))
        .toList();
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
