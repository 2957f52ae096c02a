package cn.szftu.studio.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Loads many instances fast and honestly: a few real applications are run through the engine (to their end, or to
 * an open task), then every row the engine wrote for them is copied inside PostgreSQL with new ids (the same new id
 * wherever an id appears) and dates moved back, so the tables and their indices have the size and shape the engine
 * itself writes. History: every ACT_HI_ table (they all carry ROOT_PROC_INST_ID_). Open instances also: executions,
 * tasks, variables, event subscriptions, the tasks' identity links and authorizations. Byte-array references are
 * shared between copies; the application's own tables are not copied, so the copies are only ever listed, never
 * worked on.
 */
final class HistoryCloner {

  /** Columns that hold ids of the instance's own rows (get new ids); definition, user and group ids stay. */
  static final Set<String> INSTANCE_IDS = Set.of("id_", "proc_inst_id_", "root_proc_inst_id_", "execution_id_",
      "act_inst_id_", "task_id_", "parent_act_inst_id_", "parent_task_id_", "super_process_instance_id_",
      "call_proc_inst_id_", "var_inst_id_", "dec_inst_id_", "root_dec_inst_id_", "job_id_", "operation_id_",
      "parent_id_", "super_exec_", "var_scope_", "resource_id_");

  static final String TEMPLATE_TASKS = "(select id_ from act_ru_task where proc_inst_id_ = any (?))";
  /** Runtime tables of an open instance, parents first, with the rows that belong to the templates. */
  static final Map<String, String> RUNTIME = new java.util.LinkedHashMap<>();

  static {
    RUNTIME.put("act_ru_execution", "proc_inst_id_ = any (?)");
    RUNTIME.put("act_ru_task", "proc_inst_id_ = any (?)");
    RUNTIME.put("act_ru_variable", "proc_inst_id_ = any (?)");
    RUNTIME.put("act_ru_event_subscr", "proc_inst_id_ = any (?)");
    RUNTIME.put("act_ru_identitylink", "task_id_ in " + TEMPLATE_TASKS);
    RUNTIME.put("act_ru_authorization", "resource_type_ = 7 and resource_id_ in " + TEMPLATE_TASKS);
  }

  private HistoryCloner() {
  }

  /** Copies the templates' rows {@code copies} times (runtime rows too if they are open); returns rows inserted. */
  static long copy(JdbcTemplate jdbc, List<String> templates, int copies, boolean open) {
    Map<String, String> tables = new java.util.LinkedHashMap<>();
    if (open) {
      tables.putAll(RUNTIME);
    }
    for (String history : jdbc.queryForList("select table_name from information_schema.columns where "
        + "table_schema = current_schema() and table_name like 'act_hi_%' and column_name = 'root_proc_inst_id_' "
        + "order by table_name", String.class)) {
      tables.put(history, "root_proc_inst_id_ = any (?)");
    }
    Object[] ids = {templates.toArray(String[]::new)};
    long rows = 0;
    int chunk = 250;
    for (int from = 1; from <= copies; from += chunk) {
      int to = Math.min(copies, from + chunk - 1);
      for (Map.Entry<String, String> table : tables.entrySet()) {
        rows += jdbc.update(statement(jdbc, table.getKey(), table.getValue(), from, to), ids);
      }
    }
    for (String table : tables.keySet()) {
      jdbc.execute("analyze " + table);
    }
    return rows;
  }

  private static String statement(JdbcTemplate jdbc, String table, String where, int from, int to) {
    List<Map<String, Object>> columns = jdbc.queryForList("select column_name, data_type from "
        + "information_schema.columns where table_schema = current_schema() and table_name = ? "
        + "order by ordinal_position", table);
    List<String> names = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (Map<String, Object> column : columns) {
      String name = (String) column.get("column_name");
      String type = (String) column.get("data_type");
      names.add(name);
      if (INSTANCE_IDS.contains(name) && type.startsWith("character")) {
        // the same new id wherever an id appears, within the column's 64 characters
        values.add("case when length(" + name + ") > 56 then md5(" + name + ") else " + name + " end || '-h' || g");
      } else if (type.startsWith("timestamp")) {
        // copies lie before their template, 47 minutes apart (100 k copies ≈ 8.9 years)
        values.add(name + " - g * interval '47 minutes'");
      } else {
        values.add(name);
      }
    }
    return "insert into " + table + " (" + String.join(", ", names) + ") select " + String.join(", ", values)
        + " from " + table + " cross join generate_series(" + from + ", " + to + ") g where " + where;
  }
}
