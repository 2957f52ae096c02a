package cn.szftu.studio.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ten years of finished instances, loaded fast and honestly: a few applications are run to their end through the
 * engine, then every history row they left (ACT_HI_* tables that carry ROOT_PROC_INST_ID_) is copied inside
 * PostgreSQL with new ids and dates moved back, so the history tables and their indices have the size and shape
 * the engine itself writes. Byte-array references are shared between copies; the application's own tables are not
 * copied (history is what the engine's queries and inserts work against).
 */
final class HistoryCloner {

  /** Columns that hold ids of the instance's own rows (get a suffix); definition, user and group ids stay. */
  static final Set<String> INSTANCE_IDS = Set.of("id_", "proc_inst_id_", "root_proc_inst_id_", "execution_id_",
      "act_inst_id_", "task_id_", "parent_act_inst_id_", "parent_task_id_", "super_process_instance_id_",
      "call_proc_inst_id_", "var_inst_id_", "dec_inst_id_", "root_dec_inst_id_", "job_id_", "operation_id_",
      "job_exception_stack_id_", "annotation_");

  private HistoryCloner() {
  }

  /** Copies the templates' history {@code copies} times; returns the rows inserted. */
  static long copy(JdbcTemplate jdbc, List<String> templates, int copies) {
    List<String> tables = jdbc.queryForList("select table_name from information_schema.columns where "
        + "table_schema = current_schema() and table_name like 'act_hi_%' and column_name = 'root_proc_inst_id_' "
        + "order by table_name", String.class);
    long rows = 0;
    int chunk = 250;
    for (int from = 1; from <= copies; from += chunk) {
      int to = Math.min(copies, from + chunk - 1);
      for (String table : tables) {
        rows += jdbc.update(statement(jdbc, table, from, to), (Object) templates.toArray(String[]::new));
      }
    }
    for (String table : tables) {
      jdbc.execute("analyze " + table);
    }
    return rows;
  }

  private static String statement(JdbcTemplate jdbc, String table, int from, int to) {
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
        // spread the copies over about ten years before the templates (47 min apart, 100 k copies ≈ 8.9 years)
        values.add(name + " - g * interval '47 minutes'");
      } else {
        values.add(name);
      }
    }
    return "insert into " + table + " (" + String.join(", ", names) + ") select " + String.join(", ", values)
        + " from " + table + " cross join generate_series(" + from + ", " + to + ") g"
        + " where root_proc_inst_id_ = any (?)";
  }
}
