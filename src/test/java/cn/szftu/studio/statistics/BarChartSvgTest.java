package cn.szftu.studio.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class BarChartSvgTest {

  private static final List<Crosstab.Column> COLUMNS = List.of(new Crosstab.Column("A", "甲", "stats-fill-0"),
      new Crosstab.Column("B", "乙", "stats-fill-1"));

  @Test
  void crosstabCountsTotalsAndAppendsUnlistedKeys() {
    Map<String, String> rows = new LinkedHashMap<>();
    rows.put("futian", "福田区总工会");
    rows.put("luohu", "罗湖区总工会");
    Crosstab table = Crosstab.of("推荐单位", rows, COLUMNS, List.of(new Crosstab.Cell("futian", "A", 3),
        new Crosstab.Cell("futian", "B", 2), new Crosstab.Cell("gone", "C", 1)));

    assertThat(table.rows()).extracting(Crosstab.Row::key).containsExactly("futian", "luohu", "gone");
    assertThat(table.columns()).extracting(Crosstab.Column::key).containsExactly("A", "B", "C");
    assertThat(table.rows().get(0).counts()).containsExactly(3L, 2L, 0L);
    assertThat(table.rows().get(0).total()).isEqualTo(5);
    assertThat(table.rows().get(1).total()).isZero();
    assertThat(table.columnTotals()).containsExactly(3L, 2L, 1L);
    assertThat(table.total()).isEqualTo(6);
    assertThat(table.maxRowTotal()).isEqualTo(5);
    assertThat(table.columns().get(2).fillClass()).isEqualTo("stats-fill-other");

    Crosstab compact = Crosstab.of("推荐单位", rows, COLUMNS, List.of(new Crosstab.Cell("luohu", "B", 4)))
        .withoutEmptyColumns();
    assertThat(compact.columns()).extracting(Crosstab.Column::key).containsExactly("B");
    assertThat(compact.rows().get(1).counts()).containsExactly(4L);
    assertThat(compact.columnTotals()).containsExactly(4L);
    assertThat(compact.total()).isEqualTo(4);
  }

  @Test
  void chartIsWellFormedSvgWithOneSegmentPerNonZeroCountScaledToTheTicks() throws Exception {
    Map<String, String> rows = new LinkedHashMap<>();
    rows.put("x", "<script>alert(1)</script>&\"'");
    rows.put("y", "一个非常非常非常非常长的推荐单位名称工会");
    Crosstab table = Crosstab.of("推荐单位", rows, COLUMNS, List.of(new Crosstab.Cell("x", "A", 6),
        new Crosstab.Cell("x", "B", 4), new Crosstab.Cell("y", "B", 7)));

    String svg = BarChartSvg.render("chart-1", "图 <1>", table);
    Document doc = parse(svg);
    Element root = doc.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("svg");
    assertThat(svg).doesNotContain("<script").doesNotContain("style=");
    NodeList bars = doc.getElementsByTagName("rect");
    assertThat(bars.getLength()).isEqualTo(3);
    // max row total 10 -> step 2, scale 0..10: 6 of 10 is 60 % of the bar area
    Element first = (Element) bars.item(0);
    assertThat(Double.parseDouble(first.getAttribute("width"))).isEqualTo(BarChartSvg.BAR_WIDTH * 0.6);
    assertThat(first.getAttribute("class")).isEqualTo("stats-bar stats-fill-0");
    assertThat(doc.getElementsByTagName("line").getLength()).isEqualTo(6);
    assertThat(root.getTextContent()).contains("<script>alert(1)</script>&\"'").contains("一个非常非常非常非常长的…");
  }

  @Test
  void emptyTableSaysSo() throws Exception {
    Crosstab table = Crosstab.of("批次年度", Map.of("2026", "2026 年度"), COLUMNS, List.of());
    String svg = BarChartSvg.render("empty", "空", table);
    assertThat(parse(svg).getDocumentElement().getTextContent()).contains("暂无数据");
  }

  @Test
  void ticksAreRound() {
    assertThat(BarChartSvg.step(0)).isEqualTo(1);
    assertThat(BarChartSvg.step(5)).isEqualTo(1);
    assertThat(BarChartSvg.step(6)).isEqualTo(2);
    assertThat(BarChartSvg.step(10)).isEqualTo(2);
    assertThat(BarChartSvg.step(11)).isEqualTo(5);
    assertThat(BarChartSvg.step(26)).isEqualTo(10);
    assertThat(BarChartSvg.step(180)).isEqualTo(50);
  }

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }
}
