package cn.szftu.studio.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.application.form.ApplicationFields;
import cn.szftu.studio.application.form.SkillLevel;
import cn.szftu.studio.eligibility.HonourLevel;
import cn.szftu.studio.eligibility.HonourType;
import cn.szftu.studio.organisation.OrganisationDefinition;
import cn.szftu.studio.organisation.OrganisationKind;
import cn.szftu.studio.organisation.OrganisationTreeParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

/**
 * The Camunda Forms and the server agree: the application forms submit exactly the keys the validator knows, and
 * their option lists are the server's enums and the organisation tree's unions, so neither can drift from the other.
 */
class ApplicationFormsTest {

  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"forms/studio-application.form", "forms/studio-application-correction.form"})
  void applicationFormsSubmitTheValidatorsKeys(String form) throws Exception {
    List<JsonNode> fields = fields(read(form));
    Set<String> keys = new HashSet<>();
    fields.stream().filter(f -> f.has("key") && !f.path("disabled").asBoolean()).forEach(f -> keys.add(f.get("key").asText()));
    fields.stream().filter(f -> "dynamiclist".equals(f.path("type").asText())).forEach(f -> keys.add(f.get("path").asText()));
    // row keys of repeating groups and the correction's own choice are not application fields
    keys.removeAll(List.of(ApplicationProcess.FIELD_CORRECTION_CHOICE, ApplicationFields.HONOUR_TYPE,
        ApplicationFields.HONOUR_LEVEL, ApplicationFields.HONOUR_YEAR, ApplicationFields.HONOUR_TITLE,
        ApplicationFields.MEMBER_NAME, ApplicationFields.MEMBER_ROLE, ApplicationFields.MEMBER_SKILL_LEVEL,
        ApplicationFields.TOPIC_TITLE));
    assertThat(keys).containsExactlyInAnyOrderElementsOf(ApplicationFields.KEYS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"forms/studio-application.form", "forms/studio-application-correction.form"})
  void optionListsAreTheServersValues(String form) throws Exception {
    List<JsonNode> fields = fields(read(form));
    assertThat(options(fields, ApplicationFields.RECOMMENDING_UNION)).containsExactlyElementsOf(unionCodes());
    assertThat(options(fields, ApplicationFields.LEADER_SKILL_LEVEL)).containsExactlyElementsOf(names(SkillLevel.values()));
    assertThat(options(fields, ApplicationFields.MEMBER_SKILL_LEVEL)).containsExactlyElementsOf(names(SkillLevel.values()));
    assertThat(options(fields, ApplicationFields.HONOUR_TYPE)).containsExactlyElementsOf(names(HonourType.values()));
    assertThat(options(fields, ApplicationFields.HONOUR_LEVEL)).containsExactlyInAnyOrderElementsOf(names(HonourLevel.values()));
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  private static List<String> options(List<JsonNode> fields, String key) {
    JsonNode field = fields.stream().filter(f -> key.equals(f.path("key").asText())).findFirst().orElseThrow();
    List<String> values = new ArrayList<>();
    field.get("values").forEach(v -> values.add(v.get("value").asText()));
    return values;
  }

  private static List<String> unionCodes() throws Exception {
    try (InputStream in = new ClassPathResource("organisation/organisation-tree.yaml").getInputStream()) {
      return new OrganisationTreeParser().parse(in, "organisation-tree.yaml").stream()
          .filter(d -> d.kind() == OrganisationKind.RECOMMENDING_UNION).map(OrganisationDefinition::code).toList();
    }
  }

  private JsonNode read(String form) throws Exception {
    try (InputStream in = new ClassPathResource(form).getInputStream()) {
      return json.readTree(in);
    }
  }

  private static List<JsonNode> fields(JsonNode node) {
    List<JsonNode> out = new ArrayList<>();
    node.path("components").forEach(c -> {
      out.add(c);
      out.addAll(fields(c));
    });
    return out;
  }
}
