package cn.szftu.studio.bench;

import cn.szftu.studio.support.TestDatabase;
import java.io.File;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short pgbench run on a database of its own (TPC-B like, scale 10, 2 clients), so that figures from runs on
 * different or noisy machines can be set against the database server's own speed.
 */
final class PgBenchBaseline {

  record Result(double tps, double latencyMs, int clients, int seconds, int scale) {
  }

  static final String PGBENCH = "/usr/lib/postgresql/15/bin/pgbench";

  private PgBenchBaseline() {
  }

  static Result run(TestDatabase.Connection db, int seconds) throws Exception {
    String tool = new File(PGBENCH).canExecute() ? PGBENCH : "pgbench";
    int scale = 10;
    int clients = 2;
    exec(db, tool, "-i", "-q", "-s", String.valueOf(scale));
    String out = exec(db, tool, "-c", String.valueOf(clients), "-j", String.valueOf(clients), "-T",
        String.valueOf(seconds), "-n");
    return new Result(number(out, "tps = ([0-9.]+)"), number(out, "latency average = ([0-9.]+) ms"), clients,
        seconds, scale);
  }

  private static double number(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    if (!m.find()) {
      throw new IllegalStateException("pgbench output without " + regex + ":\n" + text);
    }
    return Double.parseDouble(m.group(1));
  }

  private static String exec(TestDatabase.Connection db, String tool, String... args) throws Exception {
    URI uri = URI.create(db.url().substring("jdbc:".length()));
    List<String> command = new ArrayList<>(List.of(tool, "-h", uri.getHost(), "-p",
        String.valueOf(uri.getPort() < 0 ? 5432 : uri.getPort()), "-U", db.user()));
    command.addAll(List.of(args));
    command.add(uri.getPath().substring(1));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("PGPASSWORD", db.password() == null ? "" : db.password());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes());
    if (process.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
    }
    return output;
  }
}
