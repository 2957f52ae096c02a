package cn.szftu.studio.security;

import java.util.List;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLengthRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUserDataRuleImpl;

/**
 * Length, not composition (OWASP ASVS 6.2.1/6.2.5): at least 12 characters and not the user's own data. Camunda's
 * default policy would demand upper case, digits and special characters, which ASVS advises against.
 */
public class StudioPasswordPolicy implements PasswordPolicy {

  public static final int MIN_LENGTH = 12;

  @Override
  public List<PasswordPolicyRule> getRules() {
    return List.of(new PasswordPolicyLengthRuleImpl(MIN_LENGTH), new PasswordPolicyUserDataRuleImpl());
  }
}
