package cn.szftu.studio.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class OrganisationTreeParserTest {

  private final OrganisationTreeParser parser = new OrganisationTreeParser();

  @Test
  void shippedTreeHasTheCityAllDistrictsAndTheOtherUnionKinds() throws Exception {
    List<OrganisationDefinition> tree;
    try (InputStream in = new ClassPathResource("organisation/organisation-tree.yaml").getInputStream()) {
      tree = parser.parse(in, "organisation-tree.yaml");
    }
    assertThat(tree.get(0).kind()).isEqualTo(OrganisationKind.CITY);
    assertThat(tree.get(0).name()).isEqualTo("深圳市总工会");
    assertThat(tree).filteredOn(d -> d.category() == UnionCategory.DISTRICT).extracting(OrganisationDefinition::name)
        .containsExactly("福田区总工会", "罗湖区总工会", "盐田区总工会", "南山区总工会", "宝安区总工会", "龙岗区总工会",
            "龙华区总工会", "坪山区总工会", "光明区总工会", "大鹏新区总工会", "深汕特别合作区总工会");
    assertThat(tree).extracting(OrganisationDefinition::category)
        .contains(UnionCategory.INDUSTRY, UnionCategory.ORGANS, UnionCategory.DIRECT);
    assertThat(tree).filteredOn(d -> d.kind() == OrganisationKind.HOST_UNIT)
        .allSatisfy(d -> assertThat(UnifiedSocialCreditCode.isValid(d.creditCode())).as(d.code()).isTrue())
        .hasSizeGreaterThanOrEqualTo(16);
  }

  @Test
  void listsEveryProblemAtOnce() {
    String yaml = """
        city: { code: szftu, name: 深圳市总工会 }
        recommendingUnions:
          - code: nanshan
            name: 南山区总工会
            hostUnits:
              - { code: a-unit, name: 甲公司, creditCode: 914403047524436643 }
              - { code: a-unit, name: 乙公司, creditCode: 914403047524436642 }
          - code: Bad_Code
            name: " "
            category: DISTRICT
        """;
    assertThatThrownBy(() -> parse(yaml))
        .isInstanceOf(InvalidOrganisationTreeException.class)
        .satisfies(e -> assertThat(((InvalidOrganisationTreeException) e).problems()).containsExactly(
            "recommendingUnions[0].category：缺少推荐单位类别（DISTRICT/INDUSTRY/ORGANS/DIRECT）",
            "recommendingUnions[0].hostUnits[0].creditCode：统一社会信用代码“914403047524436643”格式或校验位错误",
            "recommendingUnions[0].hostUnits[1].code：代码“a-unit”重复",
            "recommendingUnions[1].code：代码“Bad_Code”无效，只能使用小写字母、数字和连字符，最长 40 个字符",
            "recommendingUnions[1].name：名称不能为空"))
        .hasMessageContaining("未作任何更改");
  }

  @Test
  void unknownKeysAreRefusedRatherThanIgnored() {
    String yaml = """
        city: { code: szftu, name: 深圳市总工会, mayor: x }
        recommendingUnions: []
        """;
    assertThatThrownBy(() -> parse(yaml)).isInstanceOf(InvalidOrganisationTreeException.class)
        .hasMessageContaining("无法解析");
  }

  private List<OrganisationDefinition> parse(String yaml) {
    return parser.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
  }
}
