package cn.szftu.studio.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the figures were measured on: cores, CPU model, memory, and the load at a moment. */
public record Machine(int cores, String cpuModel, long memoryMb, String java, String os) {

  public static Machine describe() {
    String model = lines("/proc/cpuinfo").stream().filter(l -> l.startsWith("model name"))
        .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
    long memKb = lines("/proc/meminfo").stream().filter(l -> l.startsWith("MemTotal:"))
        .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(0L);
    return new Machine(Runtime.getRuntime().availableProcessors(), model, memKb / 1024,
        System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
        System.getProperty("os.name") + " " + System.getProperty("os.version"));
  }

  /** The 1, 5 and 15 minute load averages as /proc/loadavg gives them. */
  public static String loadAverage() {
    List<String> l = lines("/proc/loadavg");
    if (l.isEmpty()) {
      return "unknown";
    }
    String[] parts = l.get(0).split("\\s+");
    return parts[0] + " " + parts[1] + " " + parts[2];
  }

  private static List<String> lines(String file) {
    try {
      return Files.readAllLines(Path.of(file));
    } catch (IOException e) {
      return List.of();
    }
  }
}
