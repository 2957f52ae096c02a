package cn.szftu.studio.registry.web;

import cn.szftu.studio.registry.StudioEvent;
import cn.szftu.studio.registry.StudioEventKind;
import cn.szftu.studio.registry.StudioEventRepository;
import cn.szftu.studio.registry.StudioStatus;
import cn.szftu.studio.registry.StudioVersion;
import cn.szftu.studio.registry.StudioVersionRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the public registry (已命名工作室名录). Everything shown here is what the naming decision and the public notice
 * publish anyway: naming number, studio, leader, host unit, recommending union, batch year, decision and outcome, and
 * the studio's history. Nothing else of the application (contacts, applicant accounts, scores per expert) is read.
 */
@Service
@Transactional(readOnly = true)
public class RegistryQueries {

  /** Naming numbers are short codes like SZMGCX-2026-007; anything else cannot be in the registry. */
  private static final Pattern NAMING_NUMBER = Pattern.compile("[A-Za-z0-9-]{1,30}");
  static final String ISSUER = "深圳市总工会";
  static final String TITLE = "深圳市示范性劳模和工匠人才创新工作室";

  private static final String ROW_COLUMNS = "select s.naming_number, s.status, s.studio_name, s.leader_name, "
      + "s.host_unit_name, s.union_code, coalesce(u.name, s.union_code) as union_name, b.batch_year, b.title, "
      + "s.decision_number, s.decision_date, s.outcome_label, s.id "
      + "from studio s join naming_batch b on b.code = s.batch_code left join organisation u on u.code = s.union_code";

  private final JdbcTemplate jdbc;
  private final StudioEventRepository events;
  private final StudioVersionRepository versions;

  public RegistryQueries(JdbcTemplate jdbc, StudioEventRepository events, StudioVersionRepository versions) {
    this.jdbc = jdbc;
    this.events = events;
    this.versions = versions;
  }

  /** The registry list with its filter choices; unknown filter values are ignored (see {@link RegistryFilter}). */
  public RegistryListPage list(String union, String year, String status) {
    List<RegistryListPage.Option> unions = unionChoices();
    RegistryFilter filter = RegistryFilter.parse(union, year, status,
        unions.stream().map(RegistryListPage.Option::value).toList());
    StringBuilder sql = new StringBuilder(ROW_COLUMNS).append(" where 1 = 1");
    List<Object> args = new ArrayList<>();
    if (filter.union() != null) {
      sql.append(" and s.union_code = ?");
      args.add(filter.union());
    }
    if (filter.year() != null) {
      sql.append(" and b.batch_year = ?");
      args.add(filter.year());
    }
    if (filter.status() != null) {
      sql.append(" and s.status = ?");
      args.add(filter.status().name());
    }
    sql.append(" order by b.batch_year desc, s.naming_number");
    List<RegistryRow> rows = jdbc.query(sql.toString(), (rs, i) -> row(rs), args.toArray());
    List<Integer> years = jdbc.queryForList("select distinct b.batch_year from studio s join naming_batch b "
        + "on b.code = s.batch_code order by b.batch_year desc", Integer.class);
    List<RegistryListPage.Option> statuses = Arrays.stream(StudioStatus.values())
        .map(s -> new RegistryListPage.Option(s.name(), s.label())).toList();
    // A studio under a rectification deadline is still a named one.
    long revoked = rows.stream().filter(r -> r.status().equals(StudioStatus.REVOKED.name())).count();
    long named = rows.size() - revoked;
    return new RegistryListPage(filter, unions, years, statuses, rows, named, revoked);
  }

  /** A studio's entry with its full history, oldest event first. */
  public StudioPage studio(String namingNumber) {
    Entry entry = entry(namingNumber);
    List<StudioEvent> history = events.findByStudioIdOrderByOccurredAtAscIdAsc(entry.id());
    Optional<StudioEvent> revocation = revocation(entry, history);
    List<StudioPage.HistoryRow> rows = history.stream().map(e -> new StudioPage.HistoryRow(
        ChineseDates.day(e.getOccurredAt()), e.getKind().label(),
        "registry-event-" + e.getKind().name().toLowerCase(java.util.Locale.ROOT), e.getDescription(),
        e.getDecision())).toList();
    Optional<RevocationRecord> record = revocationRecord(entry);
    return new StudioPage(entry.row(), entry.batchTitle(), entry.revoked(),
        record.map(r -> ChineseDates.day(r.date()))
            .or(() -> revocation.map(e -> ChineseDates.day(e.getOccurredAt()))).orElse(null),
        record.map(RevocationRecord::decisionNumber).or(() -> revocation.map(StudioEvent::getDecision)).orElse(null),
        record.map(RevocationRecord::reason).orElse(null), rows, versions(entry));
  }

  /** Every version, newest first; a studio never changed has one, its particulars as named. */
  private List<StudioPage.VersionRow> versions(Entry entry) {
    List<StudioVersion> stored = versions.findByStudioIdOrderByVersionNoAsc(entry.id());
    RegistryRow row = entry.row();
    if (stored.isEmpty()) {
      return List.of(new StudioPage.VersionRow(1, row.decisionDateText(), row.studioName(), row.leaderName(),
          row.hostUnitName(), row.outcomeLabel() + "：" + row.decisionNumber(), true));
    }
    List<StudioPage.VersionRow> rows = new ArrayList<>();
    for (int i = stored.size() - 1; i >= 0; i--) {
      StudioVersion v = stored.get(i);
      rows.add(new StudioPage.VersionRow(v.getVersionNo(), v.getVersionNo() == 1 ? ChineseDates.day(v.getDecidedOn())
          : ChineseDates.day(v.getValidFrom()), v.getStudioName(), v.getLeaderName(), v.getHostUnitName(),
          v.getDecision(), i == stored.size() - 1));
    }
    return rows;
  }

  /** The certificate; {@code baseUrl} is where the registry is published, printed for verification. */
  public CertificatePage certificate(String namingNumber, String baseUrl) {
    Entry entry = entry(namingNumber);
    Optional<StudioEvent> revocation = revocation(entry,
        events.findByStudioIdOrderByOccurredAtAscIdAsc(entry.id()));
    RegistryRow row = entry.row();
    String revocationText = null;
    if (entry.revoked()) {
      revocationText = "该工作室已被撤销" + revocationRecord(entry)
          .map(r -> "（" + ChineseDates.day(r.date()) + "，" + r.decisionNumber() + "）")
          .or(() -> revocation.map(e -> "（" + ChineseDates.day(e.getOccurredAt())
              + (e.getDecision() == null ? "" : "，" + e.getDecision()) + "）")).orElse("") + "，本证书作废。";
    }
    return new CertificatePage(row.namingNumber(), TITLE, kindTitle(row.outcomeLabel()), row.studioName(),
        row.hostUnitName(), row.leaderName(), citation(row.hostUnitName(), row.studioName(), row.outcomeLabel()),
        row.decisionNumber(), row.decisionDateText(), ISSUER, ChineseDates.formal(entry.decisionDate()),
        baseUrl + "/public/registry/" + row.namingNumber(), entry.revoked(), revocationText);
  }

  /** 命名证书, 认定证书, 支持建设证书. */
  static String kindTitle(String outcomeLabel) {
    return outcomeLabel + "证书";
  }

  /** The certificate's sentence: the unit's studio and what the decision made of it. */
  static String citation(String hostUnitName, String studioName, String outcomeLabel) {
    String quoted = "“" + TITLE + "”";
    String what = switch (outcomeLabel) {
      case "命名" -> "被命名为" + quoted;
      case "认定" -> "被认定为" + quoted;
      case "支持建设" -> "被确定为" + quoted + "支持建设对象";
      default -> "获评" + quoted + "（" + outcomeLabel + "）";
    };
    return hostUnitName + studioName + "，经推荐、评审和公示，" + what + "。特发此证。";
  }

  /** The recommending unions in tree order, plus any no longer in the tree that still have studios. */
  private List<RegistryListPage.Option> unionChoices() {
    Map<String, String> unions = new LinkedHashMap<>();
    jdbc.query("select o.code, o.name from organisation o where o.kind = 'RECOMMENDING_UNION' and (o.active = ? "
        + "or exists (select 1 from studio s where s.union_code = o.code)) order by o.sort_order, o.code",
        rs -> {
          unions.put(rs.getString(1), rs.getString(2));
        }, true);
    return unions.entrySet().stream().map(e -> new RegistryListPage.Option(e.getKey(), e.getValue())).toList();
  }

  private Entry entry(String namingNumber) {
    if (namingNumber == null || !NAMING_NUMBER.matcher(namingNumber).matches()) {
      throw new StudioNotFoundException(namingNumber);
    }
    List<Entry> found = jdbc.query(ROW_COLUMNS + " where s.naming_number = ?", (rs, i) -> new Entry(rs.getLong("id"),
        row(rs), rs.getString("title"), rs.getObject("decision_date", LocalDate.class), StudioStatus.REVOKED.name().equals(rs.getString("status"))),
        namingNumber);
    if (found.isEmpty()) {
      throw new StudioNotFoundException(namingNumber);
    }
    return found.get(0);
  }

  /**
   * What the revocation decision published: the ground's label, the decision date and its document number. The basis
   * behind it stays internal. Empty for a studio revoked before these were recorded.
   */
  private Optional<RevocationRecord> revocationRecord(Entry entry) {
    if (!entry.revoked()) {
      return Optional.empty();
    }
    return jdbc.query("select revocation_reason, revoked_on, revocation_decision_number from studio where id = ? "
        + "and revoked_on is not null", (rs, i) -> new RevocationRecord(rs.getString(1),
        rs.getObject(2, LocalDate.class), rs.getString(3)), entry.id()).stream().findFirst();
  }

  private record RevocationRecord(String reason, LocalDate date, String decisionNumber) {
  }

  /** The latest revocation event of a revoked studio. */
  private static Optional<StudioEvent> revocation(Entry entry, List<StudioEvent> history) {
    if (!entry.revoked()) {
      return Optional.empty();
    }
    StudioEvent latest = null;
    for (StudioEvent event : history) {
      if (event.getKind() == StudioEventKind.REVOKED) {
        latest = event;
      }
    }
    return Optional.ofNullable(latest);
  }

  private static RegistryRow row(ResultSet rs) throws SQLException {
    String status = rs.getString("status");
    return new RegistryRow(rs.getString("naming_number"), status, statusLabel(status),
        "registry-status-" + status.toLowerCase(java.util.Locale.ROOT), rs.getString("studio_name"),
        rs.getString("leader_name"), rs.getString("host_unit_name"), rs.getString("union_name"),
        rs.getInt("batch_year"), rs.getString("decision_number"),
        ChineseDates.day(rs.getObject("decision_date", LocalDate.class)), rs.getString("outcome_label"));
  }

  /** A status this version does not know (written by a newer one) is shown as stored rather than failing. */
  private static String statusLabel(String value) {
    for (StudioStatus status : StudioStatus.values()) {
      if (status.name().equals(value)) {
        return status.label();
      }
    }
    return value;
  }

  private record Entry(long id, RegistryRow row, String batchTitle, LocalDate decisionDate, boolean revoked) {
  }
}
