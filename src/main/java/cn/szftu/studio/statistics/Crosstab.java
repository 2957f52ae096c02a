package cn.szftu.studio.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A count table: rows (unions or years) × columns (statuses), with row and column totals. It is both the table shown
 * under a chart and the data the chart is drawn from.
 */
public record Crosstab(String rowHeader, List<Column> columns, List<Row> rows, List<Long> columnTotals, long total) {

  /** A column: its key (status code), its label and the CSS class that colours its bars and legend swatch. */
  public record Column(String key, String label, String fillClass) {
  }

  public record Row(String key, String label, List<Long> counts, long total) {
  }

  /** One aggregated count, as a GROUP BY query returns it. */
  record Cell(String row, String column, long count) {
  }

  public boolean isEmpty() {
    return total == 0;
  }

  /** The same table without the columns that count nothing. */
  Crosstab withoutEmptyColumns() {
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      if (columnTotals.get(i) > 0) {
        kept.add(i);
      }
    }
    List<Row> keptRows = rows.stream().map(r -> new Row(r.key(), r.label(),
        kept.stream().map(r.counts()::get).toList(), r.total())).toList();
    return new Crosstab(rowHeader, kept.stream().map(columns::get).toList(), keptRows,
        kept.stream().map(columnTotals::get).toList(), total);
  }

  public long maxRowTotal() {
    return rows.stream().mapToLong(Row::total).max().orElse(0);
  }

  /**
   * Builds the table with the given rows and columns in their order; a row or column key that occurs in the counts
   * but is not listed (a union no longer in the tree, a status of a newer version) is appended, labelled by itself.
   */
  static Crosstab of(String rowHeader, Map<String, String> rowLabels, List<Column> columns, List<Cell> cells) {
    Map<String, String> rowsInOrder = new LinkedHashMap<>(rowLabels);
    List<Column> columnsInOrder = new ArrayList<>(columns);
    Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    for (Cell cell : cells) {
      rowsInOrder.putIfAbsent(cell.row(), cell.row());
      if (columnsInOrder.stream().noneMatch(c -> c.key().equals(cell.column()))) {
        columnsInOrder.add(new Column(cell.column(), cell.column(), StatisticsService.OTHER_FILL));
      }
      counts.computeIfAbsent(cell.row(), k -> new LinkedHashMap<>()).merge(cell.column(), cell.count(), Long::sum);
    }
    List<Row> rows = new ArrayList<>();
    long[] columnTotals = new long[columnsInOrder.size()];
    long total = 0;
    for (Map.Entry<String, String> row : rowsInOrder.entrySet()) {
      Map<String, Long> rowCounts = counts.getOrDefault(row.getKey(), Map.of());
      List<Long> values = new ArrayList<>();
      long rowTotal = 0;
      for (int i = 0; i < columnsInOrder.size(); i++) {
        long n = rowCounts.getOrDefault(columnsInOrder.get(i).key(), 0L);
        values.add(n);
        rowTotal += n;
        columnTotals[i] += n;
      }
      rows.add(new Row(row.getKey(), row.getValue(), List.copyOf(values), rowTotal));
      total += rowTotal;
    }
    List<Long> totals = new ArrayList<>();
    for (long n : columnTotals) {
      totals.add(n);
    }
    return new Crosstab(rowHeader, List.copyOf(columnsInOrder), List.copyOf(rows), List.copyOf(totals), total);
  }
}
