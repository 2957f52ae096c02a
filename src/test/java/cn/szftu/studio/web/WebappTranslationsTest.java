package cn.szftu.studio.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

/**
 * Our zh.json for each webapp covers every key of the English file bundled with Camunda 7.24 (read from the webjar on
 * the classpath), keeps every {{placeholder}}, and is really Chinese rather than copied English.
 */
class WebappTranslationsTest {

  private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyEnglishKeyIsTranslated(String app) throws Exception {
    Map<String, String> english = flatten(read(app, "en"));
    Map<String, String> chinese = flatten(read(app, "zh"));

    assertThat(chinese.keySet()).as("keys missing from %s zh.json", app).containsAll(english.keySet());
    assertThat(english.keySet()).as("keys in %s zh.json that Camunda does not have", app).containsAll(chinese.keySet());

    List<String> brokenPlaceholders = new ArrayList<>();
    english.forEach((key, value) -> {
      if (!placeholders(value).equals(placeholders(chinese.get(key)))) {
        brokenPlaceholders.add(key);
      }
    });
    assertThat(brokenPlaceholders).as("placeholders changed in %s", app).isEmpty();

    long han = chinese.values().stream().filter(v -> HAN.matcher(v).find()).count();
    assertThat(han).as("%s values written in Chinese", app).isGreaterThan(english.size() * 8L / 10);
  }

  private JsonNode read(String app, String locale) throws Exception {
    try (InputStream in = new ClassPathResource(String.format(LOCALES, app, locale)).getInputStream()) {
      String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
      return json.readTree(text);
    }
  }

  private static Map<String, String> flatten(JsonNode node) {
    Map<String, String> out = new java.util.TreeMap<>();
    flatten("", node, out);
    return out;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        flatten(prefix + "/" + e.getKey(), e.getValue(), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(prefix + "[" + i + "]", node.get(i), out);
      }
    } else {
      out.put(prefix, node.asText());
    }
  }

  private static TreeSet<String> placeholders(String value) {
    TreeSet<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(value == null ? "" : value);
    while (m.find()) {
      found.add(m.group(1).replace(" ", ""));
    }
    return found;
  }
}
