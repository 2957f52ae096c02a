package cn.szftu.studio.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Installs {@link StudioPasswordPolicy}; enablePasswordPolicy itself is switched on in application.yaml. */
@Component
public class PasswordPolicyPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setPasswordPolicy(new StudioPasswordPolicy());
  }
}
