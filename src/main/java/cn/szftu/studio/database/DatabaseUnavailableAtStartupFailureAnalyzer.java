package cn.szftu.studio.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** One clear report instead of a stack trace when the database never came up. */
public class DatabaseUnavailableAtStartupFailureAnalyzer
    extends AbstractFailureAnalyzer<DatabaseUnavailableAtStartupException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUnavailableAtStartupException cause) {
    return new FailureAnalysis(cause.getMessage(),
        "Start the database (or check STUDIO_DB_URL), or wait longer with studio.database.startup-wait "
            + "(STUDIO_DATABASE_STARTUP_WAIT, e.g. 120s). Under systemd or Docker the restart policy starts the "
            + "application again.", cause);
  }
}
