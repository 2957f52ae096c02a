package cn.szftu.studio.reliability.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Camunda Form (form-js JSON) as far as the sweep needs it: the fields a user fills and their declared rules. */
record FormSchema(String id, List<Field> fields) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CLAUSE = Pattern.compile("\\s*(\\w+)\\s*(!=|=)\\s*\"([^\"]*)\"\\s*");

  static FormSchema parse(InputStream in) {
    try {
      JsonNode form = JSON.readTree(in);
      List<Field> fields = new ArrayList<>();
      collect(form.path("components"), List.of(), fields);
      return new FormSchema(form.path("id").asText(), fields);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void collect(JsonNode components, List<String> inheritedHide, List<Field> fields) {
    for (JsonNode c : components) {
      List<String> hide = join(inheritedHide, c.path("conditional").path("hide").asText(null));
      String type = c.path("type").asText();
      if ("dynamiclist".equals(type)) {
        fields.add(new Field(c.path("path").asText(), c.path("label").asText(""), type, false, null, null, null,
            null, List.of(), hide, editable(c)));
      } else if (c.hasNonNull("key")) {
        JsonNode v = c.path("validate");
        List<String> options = new ArrayList<>();
        c.path("values").forEach(o -> options.add(o.path("value").asText()));
        fields.add(new Field(c.get("key").asText(), c.path("label").asText(""), type, v.path("required").asBoolean(),
            number(v.get("min")), number(v.get("max")), v.has("maxLength") ? v.get("maxLength").asInt() : null,
            v.path("pattern").asText(null), options, hide, editable(c)));
      } else {
        collect(c.path("components"), hide, fields);
      }
    }
  }

  private static boolean editable(JsonNode c) {
    return !c.path("disabled").asBoolean() && !c.path("readonly").asBoolean();
  }

  private static List<String> join(List<String> outer, String inner) {
    if (inner == null || inner.isBlank()) {
      return outer;
    }
    List<String> all = new ArrayList<>(outer);
    all.add(inner.startsWith("=") ? inner.substring(1) : inner);
    return List.copyOf(all);
  }

  /** Only literal numbers count; an expression such as =today().year is not a fixed limit. */
  private static BigDecimal number(JsonNode node) {
    return node != null && node.isNumber() ? node.decimalValue() : null;
  }

  List<Field> editableFields() {
    return fields.stream().filter(Field::editable).toList();
  }

  /**
   * A field of the form. {@code hide} is the form-js condition under which the form hides it (its groups' included);
   * the sweep understands conjunctions of {@code key != "V"} / {@code key = "V"} and nothing else.
   */
  record Field(String key, String label, String type, boolean required, BigDecimal min, BigDecimal max,
      Integer maxLength, String pattern, List<String> options, List<String> hide, boolean editable) {

    boolean text() {
      return "textfield".equals(type) || "textarea".equals(type);
    }

    boolean choice() {
      return "radio".equals(type) || "select".equals(type);
    }

    /** Whether the form shows the field for these values; null when the condition is beyond the sweep. */
    Boolean shownWith(Map<String, Object> values) {
      for (String condition : hide) {
        if (condition.contains(" or ") || condition.contains("(")) {
          return null;
        }
        boolean hidden = true;
        for (String part : condition.split(" and ")) {
          Matcher m = CLAUSE.matcher(part);
          if (!m.matches()) {
            return null;
          }
          boolean equal = m.group(3).equals(String.valueOf(values.get(m.group(1))));
          hidden &= m.group(2).equals("=") == equal;
        }
        if (hidden) {
          return false;
        }
      }
      return true;
    }
  }
}
