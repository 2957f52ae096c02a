package cn.szftu.studio.application.process;

import java.util.HashMap;
import java.util.Map;
import org.camunda.spin.json.SpinJsonNode;

/** Submitted variables as plain Java values: JSON variables (repeating groups) become their JSON text. */
public final class FormValues {

  private FormValues() {
  }

  public static Map<String, Object> plain(Map<String, Object> variables) {
    Map<String, Object> plain = new HashMap<>();
    variables.forEach((name, value) -> plain.put(name, value instanceof SpinJsonNode json ? json.toString() : value));
    return plain;
  }
}
