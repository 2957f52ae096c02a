package cn.szftu.studio.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.StudioApplication;
import cn.szftu.studio.application.ApplicationProcess;
import cn.szftu.studio.security.Groups;
import cn.szftu.studio.support.ActingUser;
import cn.szftu.studio.support.TestDatabase;
import cn.szftu.studio.support.ValidApplicationForm;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The backup drill of docs/reliability.md: {@code pg_dump -Fc} while applicants keep starting applications, a restore
 * into a fresh database, the application started on the restored copy, and a restored task completed there. The
 * figures are printed on a line starting with {@code BACKUP-DRILL:}.
 */
class BackupDrillStandaloneIT {

  static final String APPLICANT = "applicant1";
  /** The demo reviewer of 南山区总工会, the union {@link ValidApplicationForm} recommends through. */
  static final String NANSHAN_REVIEWER = "nanshan";
  static final int STARTED_BEFORE_DUMP = 5;

  private final List<String> createdDatabases = new ArrayList<>();
  private final List<ConfigurableApplicationContext> apps = new ArrayList<>();
  private Path dumpFile;

  @AfterEach
  void cleanUp() throws IOException {
    apps.forEach(ConfigurableApplicationContext::close);
    TestDatabase.Connection base = TestDatabase.get();
    for (String name : createdDatabases) {
      try (java.sql.Connection c = DriverManager.getConnection(base.url(), base.user(), base.password());
          java.sql.Statement s = c.createStatement()) {
        s.execute("drop database if exists " + name + " with (force)");
      } catch (SQLException e) {
        System.err.println("could not drop database " + name + ": " + e.getMessage());
      }
    }
    if (dumpFile != null) {
      Files.deleteIfExists(dumpFile);
    }
  }

  @Test
  void aDumpTakenUnderLoadRestoresIntoAWorkingApplication() throws Exception {
    String pgDump = tool("pg_dump");
    String pgRestore = tool("pg_restore");
    String suffix = Long.toString(System.nanoTime(), 36);
    TestDatabase.Connection source = create("studio_backup_src_" + suffix);

    ConfigurableApplicationContext first = start(source);
    ProcessEngine engine = first.getBean(ProcessEngine.class);
    List<String> beforeDump = new ArrayList<>();
    for (int i = 0; i < STARTED_BEFORE_DUMP; i++) {
      beforeDump.add(startApplication(engine));
    }

    // Applicants keep submitting while the dump runs: the dump must be a consistent snapshot all the same.
    AtomicBoolean loading = new AtomicBoolean(true);
    AtomicReference<Throwable> loadFailure = new AtomicReference<>();
    List<String> duringDump = Collections.synchronizedList(new ArrayList<>());
    Thread load = new Thread(() -> {
      try {
        while (loading.get()) {
          duringDump.add(startApplication(engine));
        }
      } catch (Throwable t) {
        loadFailure.set(t);
      }
    }, "backup-drill-load");
    load.start();
    Thread.sleep(500);

    dumpFile = Files.createTempFile("studio-backup-", ".dump");
    long dumpStart = System.nanoTime();
    run(source, pgDump, "-Fc", "--no-owner", "-f", dumpFile.toString(), "-d", database(source));
    double dumpSeconds = (System.nanoTime() - dumpStart) / 1e9;
    int startedWhileDumping = duringDump.size();
    Thread.sleep(300);
    loading.set(false);
    load.join(TimeUnit.SECONDS.toMillis(60));
    assertThat(loadFailure.get()).as("the load kept working during the dump").isNull();
    assertThat(startedWhileDumping).as("applications were started while pg_dump ran").isPositive();
    long totalStarted = beforeDump.size() + duringDump.size();
    long bytes = Files.size(dumpFile);

    TestDatabase.Connection target = create("studio_backup_dst_" + suffix);
    long restoreStart = System.nanoTime();
    run(target, pgRestore, "--no-owner", "--exit-on-error", "-d", database(target), dumpFile.toString());
    double restoreSeconds = (System.nanoTime() - restoreStart) / 1e9;

    first.close();
    apps.remove(first);

    long startupStart = System.nanoTime();
    ConfigurableApplicationContext restored = start(target);
    double startupSeconds = (System.nanoTime() - startupStart) / 1e9;
    ProcessEngine restoredEngine = restored.getBean(ProcessEngine.class);

    long instancesRestored = restoredEngine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ApplicationProcess.KEY).count();
    assertThat(instancesRestored).as("everything started before the dump, nothing started after the load stopped")
        .isBetween((long) beforeDump.size(), totalStarted);
    for (String id : beforeDump) {
      assertThat(restoredEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count())
          .as("instance %s started before the dump is restored", id).isEqualTo(1);
    }

    String instance = beforeDump.get(0);
    Task recommendation = restoredEngine.getTaskService().createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(ApplicationProcess.RECOMMEND).taskCandidateGroup(Groups.unionGroup("nanshan"))
        .singleResult();
    assertThat(recommendation).as("the restored recommendation task of %s", instance).isNotNull();
    Map<String, Object> decision = new HashMap<>();
    decision.put("decision", "RECOMMEND");
    decision.put("reasons", null);
    ActingUser.as(restoredEngine, NANSHAN_REVIEWER, () -> {
      restoredEngine.getFormService().submitTaskForm(recommendation.getId(), decision);
      return null;
    });

    assertThat(restoredEngine.getHistoryService().createHistoricTaskInstanceQuery().taskId(recommendation.getId())
        .finished().count()).as("the restored task is completed").isEqualTo(1);
    assertThat(restoredEngine.getTaskService().createTaskQuery().processInstanceId(instance).list())
        .extracting(Task::getTaskDefinitionKey).containsExactly(ApplicationProcess.INITIAL_REVIEW);

    System.out.printf("BACKUP-DRILL: dump %.1f s, %d bytes (-Fc) while %d applications were started; restore %.1f s; "
            + "start-up on restored database %.1f s; %d of %d application instances restored; restored task completed%n",
        dumpSeconds, bytes, startedWhileDumping, restoreSeconds, startupSeconds, instancesRestored, totalStarted);
  }

  private String startApplication(ProcessEngine engine) {
    return ActingUser.as(engine, APPLICANT, () -> engine.getRuntimeService()
        .startProcessInstanceByKey(ApplicationProcess.KEY, ValidApplicationForm.of()).getId());
  }

  private TestDatabase.Connection create(String name) {
    TestDatabase.Connection db = TestDatabase.createDatabase(name);
    createdDatabases.add(name);
    return db;
  }

  private ConfigurableApplicationContext start(TestDatabase.Connection db) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("spring.profiles.active", "demo");
    properties.put("spring.datasource.url", db.url());
    properties.put("spring.datasource.username", db.user());
    properties.put("spring.datasource.password", db.password());
    properties.put("server.port", "0");
    properties.put("spring.main.banner-mode", "off");
    String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
        .toArray(String[]::new);
    ConfigurableApplicationContext app = new SpringApplicationBuilder(StudioApplication.class).run(args);
    apps.add(app);
    return app;
  }

  /**
   * The PostgreSQL client tool on the PATH. Never a skip: a drill that silently does not run would report a backup
   * that was never tried (the embedded fallback of {@link TestDatabase} ships no client tools, so it needs them too).
   */
  private static String tool(String name) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      File candidate = new File(dir, name);
      if (candidate.canExecute()) {
        return candidate.getAbsolutePath();
      }
    }
    throw new IllegalStateException("the backup drill needs " + name + " on the PATH (PostgreSQL client tools, "
        + "same or newer major version as the server)");
  }

  private static void run(TestDatabase.Connection db, String tool, String... arguments) throws Exception {
    URI uri = URI.create(db.url().substring("jdbc:".length()));
    List<String> command = new ArrayList<>(List.of(tool, "-h", uri.getHost(), "-p",
        String.valueOf(uri.getPort() < 0 ? 5432 : uri.getPort()), "-U", db.user(), "-w"));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("PGPASSWORD", db.password() == null ? "" : db.password());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor()).as("%s failed: %s", String.join(" ", command), output).isZero();
  }

  private static String database(TestDatabase.Connection db) {
    String path = URI.create(db.url().substring("jdbc:".length())).getPath();
    return path.substring(1);
  }
}
