package cn.szftu.studio.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints the administrator set-up problem as Spring Boot's short start-up report instead of a stack trace. */
public class AdministratorSetupFailureAnalyzer extends AbstractFailureAnalyzer<AdministratorSetupException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, AdministratorSetupException cause) {
    return new FailureAnalysis(cause.getMessage(),
        "export STUDIO_ADMIN_PASSWORD='至少 12 个字符的口令 / a passphrase of 12+ characters' and start again.", cause);
  }
}
