package cn.szftu.studio.statistics;

import cn.szftu.studio.application.ApplicationStatus;
import cn.szftu.studio.registry.StudioStatus;
import cn.szftu.studio.report.AnnualReportStatus;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts for the city office and the leadership: applications per recommending union and status, per batch year and
 * status; named studios per union and per year. Plain GROUP BY queries that run the same on H2 and PostgreSQL; the
 * year is the batch year (naming_batch.batch_year) of the application or studio; annual reports count by report year.
 */
@Service
@Transactional(readOnly = true)
public class StatisticsService {

  static final String NAMED_FILL = "stats-fill-studio-named";
  static final String REVOKED_FILL = "stats-fill-studio-revoked";
  static final String RECTIFYING_FILL = "stats-fill-studio-rectifying";
  /** The colour of a status studio.css does not know (one added after this page). */
  static final String OTHER_FILL = "stats-fill-other";
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public StatisticsService(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The page for all years ({@code year} null or not a batch year) or for one batch year. */
  public StatisticsPage page(String year) {
    List<Integer> years = jdbc.queryForList("select distinct batch_year from naming_batch order by batch_year desc",
        Integer.class);
    Integer selected = years.stream().filter(y -> y.toString().equals(year)).findFirst().orElse(null);
    String scope = selected == null ? "全部年度" : selected + " 年度";

    Map<String, String> unions = unionRows();
    Map<String, String> yearRows = new LinkedHashMap<>();
    years.stream().sorted().forEach(y -> yearRows.put(y.toString(), y + " 年度"));

    String yearFilter = selected == null ? "" : " where b.batch_year = ?";
    Object[] yearArgs = selected == null ? new Object[0] : new Object[] {selected};

    // Twelve statuses do not fit as columns: the application tables list only statuses that occur.
    Crosstab applicationsByUnion = Crosstab.of("推荐单位", unions, applicationColumns(),
        cells("select a.union_code, a.status, count(*) from application a join naming_batch b on b.code = a.batch_code"
            + yearFilter + " group by a.union_code, a.status", yearArgs)).withoutEmptyColumns();
    Crosstab applicationsByYear = Crosstab.of("批次年度", yearRows, applicationColumns(),
        cells("select b.batch_year, a.status, count(*) from application a join naming_batch b "
            + "on b.code = a.batch_code group by b.batch_year, a.status")).withoutEmptyColumns();
    Crosstab studiosByUnion = Crosstab.of("推荐单位", unions, studioColumns(),
        cells("select s.union_code, s.status, count(*) from studio s join naming_batch b on b.code = s.batch_code"
            + yearFilter + " group by s.union_code, s.status", yearArgs));
    Crosstab studiosByYear = Crosstab.of("批次年度", yearRows, studioColumns(),
        cells("select b.batch_year, s.status, count(*) from studio s join naming_batch b on b.code = s.batch_code "
            + "group by b.batch_year, s.status"));

    List<StatisticsPage.Figure> figures = new ArrayList<>();
    figures.add(figure("applications-by-union", "各推荐单位申报情况（" + scope + "）",
        "每个推荐单位的申报数，按当前办理状态分段；没有申报的状态不列出。", applicationsByUnion));
    figures.add(figure("applications-by-year", "各年度申报情况",
        "每个命名批次的申报数，按当前办理状态分段；没有申报的状态不列出。", applicationsByYear));
    figures.add(figure("studios-by-union", "各推荐单位已命名工作室（" + scope + "）",
        "名录中的工作室按推荐单位统计；已撤销的单独列出。", studiosByUnion));
    figures.add(figure("studios-by-year", "各年度已命名工作室", "名录中的工作室按命名批次年度统计；已撤销的单独列出。",
        studiosByYear));

    figures.add(annualReports());

    // A studio under a rectification deadline is still a named one.
    long named = columnTotal(studiosByUnion, StudioStatus.NAMED.name())
        + columnTotal(studiosByUnion, StudioStatus.RECTIFYING.name());
    long revoked = columnTotal(studiosByUnion, StudioStatus.REVOKED.name());
    long unionsWithApplications = applicationsByUnion.rows().stream().filter(r -> r.total() > 0).count();
    return new StatisticsPage(years, selected == null ? "" : selected.toString(), scope, applicationsByUnion.total(),
        named, revoked, unionsWithApplications, figures, STAMP.format(clock.instant().atZone(clock.getZone())));
  }

  /**
   * Annual reports per report year and status, and how many came (or are still missing) after their due moment. Counts
   * only: what a studio reported stays with its unit, union and the city office.
   */
  private StatisticsPage.Figure annualReports() {
    Map<String, String> reportYears = new LinkedHashMap<>();
    jdbc.queryForList("select distinct report_year from annual_report order by report_year", Integer.class)
        .forEach(y -> reportYears.put(y.toString(), y + " 年度"));
    Crosstab reports = Crosstab.of("报告年度", reportYears, reportColumns(),
        cells("select r.report_year, r.status, count(*) from annual_report r group by r.report_year, r.status"))
        .withoutEmptyColumns();
    List<String> late = new ArrayList<>();
    jdbc.query("select report_year, count(*) from annual_report where late = ? group by report_year "
        + "order by report_year", rs -> {
          late.add(rs.getInt(1) + " 年度 " + rs.getLong(2) + " 份");
        }, true);
    return figure("annual-reports-by-year", "各年度年度报告报送情况",
        "每个报告年度应报送的年度报告，按当前状态统计。逾期报送或逾期未报："
            + (late.isEmpty() ? "无" : String.join("，", late)) + "。", reports);
  }

  private static List<Crosstab.Column> reportColumns() {
    return Arrays.stream(AnnualReportStatus.values()).map(s -> new Crosstab.Column(s.name(), s.label(),
        "stats-fill-report-" + s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))).toList();
  }

  private static StatisticsPage.Figure figure(String id, String title, String note, Crosstab table) {
    return new StatisticsPage.Figure(id, title, note, table, BarChartSvg.render(id, title, table));
  }

  /** The recommending unions in tree order, inactive ones only when they still have applications or studios. */
  private Map<String, String> unionRows() {
    Map<String, String> unions = new LinkedHashMap<>();
    jdbc.query("select o.code, o.name from organisation o where o.kind = 'RECOMMENDING_UNION' and (o.active = ? "
        + "or exists (select 1 from application a where a.union_code = o.code) "
        + "or exists (select 1 from studio s where s.union_code = o.code)) order by o.sort_order, o.code",
        rs -> {
          unions.put(rs.getString(1), rs.getString(2));
        }, true);
    return unions;
  }

  private List<Crosstab.Cell> cells(String sql, Object... args) {
    return jdbc.query(sql, (rs, i) -> new Crosstab.Cell(rs.getString(1), rs.getString(2), rs.getLong(3)), args);
  }

  private static List<Crosstab.Column> applicationColumns() {
    return Arrays.stream(ApplicationStatus.values())
        .map(s -> new Crosstab.Column(s.name(), s.label(), fill(s))).toList();
  }

  private static List<Crosstab.Column> studioColumns() {
    return List.of(new Crosstab.Column(StudioStatus.NAMED.name(), StudioStatus.NAMED.label(), NAMED_FILL),
        new Crosstab.Column(StudioStatus.RECTIFYING.name(), StudioStatus.RECTIFYING.label(), RECTIFYING_FILL),
        new Crosstab.Column(StudioStatus.REVOKED.name(), StudioStatus.REVOKED.label(), REVOKED_FILL));
  }

  /** stats-fill-awaiting-recommendation etc.: one colour per status in studio.css. */
  static String fill(ApplicationStatus status) {
    return "stats-fill-" + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  private static long columnTotal(Crosstab table, String key) {
    for (int i = 0; i < table.columns().size(); i++) {
      if (table.columns().get(i).key().equals(key)) {
        return table.columnTotals().get(i);
      }
    }
    return 0;
  }
}
