package cn.szftu.studio.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorSetParserTest {

  private final IndicatorSetParser parser = new IndicatorSetParser();

  /** A small valid set of a different shape than the default: 2 / 3 / 5 indicators. */
  static final String SMALL = """
      version: test-small
      title: 测试用指标体系
      indicators:
        - id: X
          name: 第一部分
          max: 40
          children:
            - id: X1
              name: 甲
              max: 40
              children:
                - {id: X1.1, name: 甲一, max: 25.5, hint: 说明}
                - {id: X1.2, name: 甲二, max: 14.5}
        - id: Y
          name: 第二部分
          max: 60
          children:
            - id: Y1
              name: 乙
              max: 30
              children:
                - {id: Y1.1, name: 乙一, max: 30}
            - id: Y2
              name: 丙
              max: 30
              children:
                - {id: Y2.1, name: 丙一, max: 10}
                - {id: Y2.2, name: 丙二, max: 20}
      """;

  private IndicatorSet parse(String yaml) {
    return parser.parse(yaml.getBytes(StandardCharsets.UTF_8), "test.yaml");
  }

  private List<String> problems(String yaml) {
    try {
      parse(yaml);
    } catch (InvalidIndicatorSetException e) {
      return e.problems();
    }
    throw new AssertionError("expected the file to be refused");
  }

  static IndicatorSet shippedDefault() throws Exception {
    try (InputStream in = IndicatorSetParserTest.class.getResourceAsStream("/indicator/2023-reconstructed.yaml")) {
      return new IndicatorSetParser().parse(in, "2023-reconstructed.yaml");
    }
  }

  @Test
  void theShippedDefaultParsesWithTheDocumentedShape() throws Exception {
    IndicatorSet set = shippedDefault();

    assertThat(set.version()).isEqualTo("2023-reconstructed");
    assertThat(set.title()).contains("重构");
    assertThat(set.total()).isEqualByComparingTo("100");
    assertThat(set.indicators()).extracting(Indicator::id).containsExactly("A", "B", "C", "D");
    assertThat(set.indicators()).extracting(Indicator::max)
        .containsExactly(new BigDecimal("20.0"), new BigDecimal("25.0"), new BigDecimal("35.0"), new BigDecimal("20.0"));
    assertThat(set.indicators().stream().mapToInt(i -> i.children().size()).sum()).isEqualTo(10);
    assertThat(set.items()).hasSize(26);
    assertThat(set.items().stream().map(ThirdLevelItem::max).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("100");
    assertThat(set.indicator("C").orElseThrow().name()).isEqualTo("创新成果及应用");
  }

  @Test
  void aScoringItemKnowsItsParents() throws Exception {
    ThirdLevelItem item = shippedDefault().item("A1.1").orElseThrow();

    assertThat(item.name()).isEqualTo("领衔人荣誉/资质等级");
    assertThat(item.max()).isEqualByComparingTo("5");
    assertThat(item.hint()).contains("全国级 5 分");
    assertThat(item.secondLevel()).isEqualTo(new IndicatorRef("A1", "领衔人", new BigDecimal("10.0")));
    assertThat(item.firstLevel()).isEqualTo(new IndicatorRef("A", "团队协作", new BigDecimal("20.0")));
    assertThat(shippedDefault().item("A2.3").orElseThrow().hint()).isNull();
  }

  @Test
  void countsPerLevelAreFreeAndDecimalsAreAllowed() {
    IndicatorSet set = parse(SMALL);

    assertThat(set.indicators()).hasSize(2);
    assertThat(set.items()).extracting(ThirdLevelItem::id).containsExactly("X1.1", "X1.2", "Y1.1", "Y2.1", "Y2.2");
    assertThat(set.item("X1.1").orElseThrow().max()).isEqualTo(new BigDecimal("25.5"));
    assertThat(set.total()).isEqualByComparingTo("100");
  }

  @Test
  void jsonOfTheSameShapeIsAccepted() {
    String json = """
        {"version": "json-1", "title": "JSON", "indicators": [
          {"id": "A", "name": "甲", "max": 100, "children": [
            {"id": "A1", "name": "乙", "max": 100, "children": [{"id": "A1.1", "name": "丙", "max": 100}]}]}]}
        """;
    assertThat(parse(json).items()).hasSize(1);
  }

  @Test
  void equalContentGivesEqualSetsWhateverTheNumberFormat() {
    assertThat(parse(SMALL.replace("max: 40\n", "max: 40.0\n"))).isEqualTo(parse(SMALL));
  }

  @Test
  void childrenNotAddingUpToTheirParentAreNamed() {
    assertThat(problems(SMALL.replace("{id: Y2.2, name: 丙二, max: 20}", "{id: Y2.2, name: 丙二, max: 21}")))
        .containsExactly("Y2：下级指标满分合计 31 分，不等于 Y2 的满分 30 分");
  }

  @Test
  void theExampleFromTheBrief() throws Exception {
    String yaml = new String(IndicatorSetParserTest.class.getResourceAsStream("/indicator/2023-reconstructed.yaml")
        .readAllBytes(), StandardCharsets.UTF_8)
        .replace("name: 标识标牌与成果展示\n            max: 2", "name: 标识标牌与成果展示\n            max: 3");
    assertThat(problems(yaml)).containsExactly("B1：下级指标满分合计 6 分，不等于 B1 的满分 5 分");
  }

  @Test
  void secondLevelNotAddingUpToFirstLevelIsNamed() {
    assertThat(problems(SMALL.replace("name: 第二部分\n    max: 60", "name: 第二部分\n    max: 50")))
        .containsExactly("Y：下级指标满分合计 60 分，不等于 Y 的满分 50 分", "总分：一级指标满分合计 90 分，不等于 100 分");
  }

  @Test
  void aTotalOtherThan100IsRefused() {
    String yaml = """
        version: v
        title: t
        indicators:
          - id: A
            name: 甲
            max: 90
            children:
              - id: A1
                name: 乙
                max: 90
                children: [{id: A1.1, name: 丙, max: 90}]
        """;
    assertThat(problems(yaml)).containsExactly("总分：一级指标满分合计 90 分，不等于 100 分");
  }

  @Test
  void duplicateIdsAreRefused() {
    assertThat(problems(SMALL.replace("id: Y2.1", "id: Y1.1")))
        .containsExactly("Y1.1：编号重复");
  }

  @Test
  void maximaMustBePositiveWithAtMostOneDecimal() {
    String yaml = SMALL.replace("max: 25.5, hint", "max: 25.55, hint").replace("max: 14.5}", "max: 14.45}")
        .replace("{id: Y1.1, name: 乙一, max: 30}", "{id: Y1.1, name: 乙一, max: 0}")
        .replace("name: 乙\n        max: 30", "name: 乙\n        max: 0")
        .replace("name: 第二部分\n    max: 60", "name: 第二部分\n    max: 30");
    assertThat(problems(yaml)).containsExactly(
        "X1.1：满分最多保留 1 位小数（现为 25.55 分）",
        "X1.2：满分最多保留 1 位小数（现为 14.45 分）",
        "Y1：满分必须大于 0（现为 0 分）",
        "Y1.1：满分必须大于 0（现为 0 分）",
        "总分：一级指标满分合计 70 分，不等于 100 分");
  }

  @Test
  void namesMustBePresentAndShort() {
    String longName = "长".repeat(101);
    assertThat(problems(SMALL.replace("name: 甲一", "name: \" \"").replace("name: 甲二", "name: " + longName)))
        .containsExactly("X1.1：名称不能为空", "X1.2：名称超过 100 个字符（现有 101 个）");
  }

  @Test
  void missingFieldsAndWrongShapeAreNamed() {
    String yaml = """
        indicators:
          - name: 无编号
            max: 50
            children:
              - id: A1
                name: 乙
                max: 50
                children:
                  - id: A1.1
                    name: 丙
                    max: 50
                    children: [{id: A1.1.1, name: 丁, max: 50}]
          - id: B
            name: 无下级
            max: 50
          - id: C
            name: 无满分
        """;
    assertThat(problems(yaml)).containsExactly(
        "version：缺少版本号",
        "title：标题不能为空",
        "第 1 个一级指标：缺少编号",
        "A1.1：三级指标不能再有下级指标",
        "B：一级指标至少需要一个二级指标",
        "C：缺少满分",
        "C：一级指标至少需要一个二级指标");
  }

  @Test
  void everyProblemIsListedAtOnce() {
    String yaml = SMALL.replace("version: test-small", "version: 坏 版本")
        .replace("id: Y2.1", "id: X1")
        .replace("{id: Y2.2, name: 丙二, max: 20}", "{id: Y2.2, name: \"\", max: 21}")
        .replace("max: 25.5, hint", "max: 26.5, hint");
    assertThatThrownBy(() -> parse(yaml))
        .isInstanceOf(InvalidIndicatorSetException.class)
        .hasMessageStartingWith("指标体系文件 test.yaml 有 5 处问题，未加载")
        .satisfies(e -> assertThat(((InvalidIndicatorSetException) e).problems()).containsExactly(
            "version：版本号“坏 版本”无效，只能使用字母、数字、点、下划线和连字符，最长 40 个字符",
            "X1：下级指标满分合计 41 分，不等于 X1 的满分 40 分",
            "X1：编号重复",
            "Y2.2：名称不能为空",
            "Y2：下级指标满分合计 31 分，不等于 Y2 的满分 30 分"));
  }

  @Test
  void unknownFieldsAndBrokenSyntaxAreRefusedInChinese() {
    assertThat(problems(SMALL.replace("hint: 说明", "hnit: 说明")).get(0)).startsWith("未知字段“hnit”（第 ");
    assertThat(problems("version: [").get(0)).startsWith("文件无法解析");
  }
}
