package cn.szftu.studio.reliability.sweep;

import cn.szftu.studio.reliability.sweep.BadVariants.Kind;
import cn.szftu.studio.reliability.sweep.BadVariants.Plan;
import cn.szftu.studio.reliability.sweep.BadVariants.Variant;
import cn.szftu.studio.support.DatabaseSnapshot;
import cn.szftu.studio.support.RestClient;
import cn.szftu.studio.support.ThrowawayUsers;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Submits a form's bad variants through /engine-rest as the user whose task (or start form) it is, and checks each:
 * a 4xx whose Chinese message names the field, and not one table changed. Findings are collected, not thrown, so one
 * run lists every problem; {@link #findings()} is asserted empty at the end.
 */
final class FormSweeper {

  /** Script tags and the expression syntaxes of JUEL, SpEL/JSF and templates: stored as typed, never evaluated. */
  static final String PAYLOAD = "<script>alert('sweep')</script>${1+1}#{1+1}{{7*7}}";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ProcessEngine engine;
  private final JdbcTemplate jdbc;
  private final Set<String> throwaway = new HashSet<>();
  private final RestClient rest;
  private final List<String> findings = new ArrayList<>();
  private final List<String> log = new ArrayList<>();
  private final Map<Kind, int[]> perKind = new EnumMap<>(Kind.class);
  private final Set<String> sweptUsages = new HashSet<>();
  private final Set<String> sweptForms = new HashSet<>();
  private int tables;
  private int comparisons;

  FormSweeper(ProcessEngine engine, JdbcTemplate jdbc, String baseUrl) {
    this.engine = engine;
    this.jdbc = jdbc;
    this.rest = new RestClient(baseUrl, user -> throwaway.contains(user) ? ThrowawayUsers.PASSWORD : user);
  }

  /** A user made for the test, who logs in with {@link ThrowawayUsers#PASSWORD}; demo users use their id. */
  String throwaway(String user) {
    throwaway.add(user);
    return user;
  }

  /** Sweeps a process's start form, then submits the valid values with {@link #PAYLOAD} in the free-text fields. */
  String sweepStart(FormCatalog.Usage usage, String user, Map<String, Object> valid, Set<String> references,
      boolean submitValid) {
    String path = "/process-definition/key/" + usage.processKey() + "/submit-form";
    FormSchema form = schema(engine.getFormService().getDeployedStartForm(latest(usage.processKey())));
    sweep(usage, form, user, path, valid, Set.of());
    if (!submitValid) {
      log.add(usage.id() + ": valid submission not sent (declared: it would start a real case other tests see)");
      return null;
    }
    HttpResponse<String> response = submitVerbatim(usage, form, user, path, valid, references, true);
    return response.statusCode() == 200 ? readJson(response.body()).path("id").asText() : null;
  }

  /** Sweeps a task's form, then completes it with the valid values ({@link #PAYLOAD} in the free-text fields). */
  void sweepTask(FormCatalog.Usage usage, String user, String taskId, Map<String, Object> valid,
      Set<String> references) {
    String path = "/task/" + taskId + "/submit-form";
    FormSchema form = schema(engine.getFormService().getDeployedTaskForm(taskId));
    Set<String> prefilled = new HashSet<>();
    engine.getTaskService().getVariablesLocal(taskId).forEach((key, value) -> {
      if (value != null) {
        prefilled.add(key);
      }
    });
    sweep(usage, form, user, path, valid, prefilled);
    submitVerbatim(usage, form, user, path, valid, references, false);
  }

  private void sweep(FormCatalog.Usage usage, FormSchema form, String user, String path, Map<String, Object> valid,
      Set<String> prefilled) {
    long started = System.nanoTime();
    sweptUsages.add(usage.id());
    sweptForms.add(form.id());
    Plan plan = BadVariants.of(form, valid, prefilled);
    plan.skipped().forEach(s -> log.add(usage.id() + " [" + form.id() + "] " + s.fieldKey() + ": " + s.reason()));
    // One snapshot before the form's bad variants and one after them all (a refused submission cannot undo what an
    // earlier one changed, so any change shows), with the job executor paused throughout, so an earlier test's due
    // job cannot change a table in between and pass for a change made by a refused submission.
    DatabaseSnapshot.withJobsPaused(engine, () -> {
      DatabaseSnapshot before = DatabaseSnapshot.take(jdbc);
      tables = before.tableCount();
      for (Variant variant : plan.variants()) {
        int[] counts = perKind.computeIfAbsent(variant.kind(), k -> new int[2]);
        counts[0]++;
        String where = usage.id() + " [" + form.id() + "] " + variant.describe();
        HttpResponse<String> response = post(path, user, body(variant.values()));
        String message = message(response.body());
        boolean refused = response.statusCode() >= 400 && response.statusCode() < 500;
        if (!refused) {
          findings.add(where + ": answered " + response.statusCode() + " " + abbreviate(response.body()));
          if (response.statusCode() < 300) {
            findings.add(where + ": accepted, the rest of this form's sweep is skipped");
            return null;
          }
        } else if (!namesField(message, variant)) {
          findings.add(where + ": refusal does not name the field in Chinese: " + abbreviate(message));
        } else {
          counts[1]++;
        }
      }
      Map<String, String> changed = before.differences(before.again());
      if (!changed.isEmpty()) {
        findings.add(usage.id() + " [" + form.id() + "]: tables changed by refused submissions " + changed);
      }
      comparisons++;
      return null;
    });
    log.add(usage.id() + " [" + form.id() + "]: " + plan.variants().size() + " variants, "
        + (System.nanoTime() - started) / 1_000_000 + " ms");
  }

  private HttpResponse<String> submitVerbatim(FormCatalog.Usage usage, FormSchema form, String user, String path,
      Map<String, Object> valid, Set<String> references, boolean domainExpected) {
    Map<String, Object> values = new LinkedHashMap<>(valid);
    Map<String, String> free = new LinkedHashMap<>();
    for (FormSchema.Field field : form.editableFields()) {
      // appended to the valid text, so a rule on the text's content (a minimum length, say) still holds
      String text = (valid.get(field.key()) instanceof String s ? s : "") + PAYLOAD;
      if (field.text() && field.pattern() == null && !references.contains(field.key())
          && (field.maxLength() == null || field.maxLength() >= text.length())
          && !Boolean.FALSE.equals(field.shownWith(valid))) {
        values.put(field.key(), text);
        free.put(field.key(), text);
      }
    }
    HttpResponse<String> response = post(path, user, body(values));
    String where = usage.id() + " [" + form.id() + "] valid submission";
    if (response.statusCode() >= 300) {
      findings.add(where + ": refused " + response.statusCode() + " " + abbreviate(response.body()));
      return response;
    }
    for (String key : free.keySet()) {
      Integer stored = jdbc.queryForObject("select count(*) from act_hi_detail where name_ = ? and text_ = ?",
          Integer.class, key, free.get(key));
      if (stored == 0) {
        findings.add(where + ": " + key + " not stored verbatim in the history");
      }
    }
    List<String> domain = free.isEmpty() ? List.of() : DatabaseSnapshot.tables(jdbc).stream()
        .filter(table -> !table.startsWith("act_")).filter(table -> free.values().stream().anyMatch(text ->
            jdbc.queryForObject("select count(*) from " + table + " r where position(? in r::text) > 0",
                Integer.class, text) > 0)).toList();
    if (domainExpected && domain.isEmpty()) {
      findings.add(where + ": the free text is in no domain table");
    }
    log.add(where + ": accepted; verbatim in the history for " + free.keySet() + ", in domain tables "
        + domain);
    return response;
  }

  private boolean namesField(String message, Variant variant) {
    if (message == null || !message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
        == Character.UnicodeScript.HAN)) {
      return false;
    }
    if (variant.field() == null) {
      return message.contains(variant.fieldKey());
    }
    // A label may end in a hint ("A1.1 …（满分 5 分）"); the message names the field by what comes before it.
    String label = variant.field().label().replaceAll("[（(][^（(]*[）)]$", "").trim();
    return message.contains(variant.fieldKey()) || !label.isBlank() && message.contains(label);
  }

  private String message(String body) {
    try {
      return JSON.readTree(body).path("message").asText(null);
    } catch (IOException e) {
      return body;
    }
  }

  String body(Map<String, Object> values) {
    ObjectNode variables = JSON.createObjectNode();
    values.forEach((key, value) -> {
      ObjectNode variable = variables.putObject(key);
      if (value instanceof JsonValue json) {
        variable.put("value", json.getValueSerialized()).put("type", "Json");
      } else if (value instanceof TypedValue typed) {
        throw new IllegalArgumentException("no REST form for " + typed);
      } else if (value == null) {
        variable.putNull("value");
      } else if (value instanceof Boolean b) {
        variable.put("value", b).put("type", "Boolean");
      } else if (value instanceof Long || value instanceof Integer) {
        variable.put("value", ((Number) value).longValue()).put("type", "Long");
      } else if (value instanceof Number n) {
        variable.put("value", new BigDecimal(n.toString()).doubleValue()).put("type", "Double");
      } else {
        variable.put("value", value.toString()).put("type", "String");
      }
    });
    ObjectNode body = JSON.createObjectNode();
    body.set("variables", variables);
    return body.toString();
  }

  HttpResponse<String> post(String path, String user, String body) {
    return rest.post(path, user, body);
  }

  private String latest(String key) {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
        .singleResult().getId();
  }

  private static FormSchema schema(InputStream in) {
    try (in) {
      return FormSchema.parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static com.fasterxml.jackson.databind.JsonNode readJson(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String abbreviate(String text) {
    return text == null ? "null" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  void finding(String text) {
    findings.add(text);
  }

  List<String> findings() {
    return findings;
  }

  List<String> log() {
    return log;
  }

  Set<String> sweptUsages() {
    return sweptUsages;
  }

  Set<String> sweptForms() {
    return sweptForms;
  }

  Map<Kind, int[]> perKind() {
    return perKind;
  }

  int comparisons() {
    return comparisons;
  }

  int tables() {
    return tables;
  }

}
