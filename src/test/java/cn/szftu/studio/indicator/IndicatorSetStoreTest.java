package cn.szftu.studio.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IndicatorJpaTest
class IndicatorSetStoreTest {

  @Autowired
  private IndicatorSetService service;
  @Autowired
  private IndicatorSets sets;
  @Autowired
  private IndicatorSetFileLoader loader;
  @Autowired
  private IndicatorSetRowRepository setRows;
  @Autowired
  private IndicatorRowRepository indicatorRows;

  @BeforeEach
  void emptyTables() {
    indicatorRows.deleteAllInBatch();
    setRows.deleteAllInBatch();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theShippedFilesAreStoredAndReadBackAsTheSameTree() throws Exception {
    loader.loadAll();

    IndicatorSet stored = sets.get("2023-reconstructed");
    assertThat(stored).isEqualTo(IndicatorSetParserTest.shippedDefault());
    assertThat(stored.items()).hasSize(26);
    assertThat(indicatorRows.countBySetVersion("2023-reconstructed")).isEqualTo(4 + 10 + 26);
    assertThat(sets.getDefault().version()).isEqualTo("2023-reconstructed");
    assertThat(sets.list()).singleElement().satisfies(s -> {
      assertThat(s.defaultSet()).isTrue();
      assertThat(s.source()).isEqualTo("indicator/2023-reconstructed.yaml");
    });
  }

  @Test
  void startingAgainIsANoOp() throws Exception {
    loader.loadAll();
    loader.loadAll();

    assertThat(setRows.count()).isEqualTo(1);
    assertThat(indicatorRows.count()).isEqualTo(40);
  }

  @Test
  void theSameContentLoadedAgainIsNotCreatedAgain() {
    assertThat(service.load(bytes(IndicatorSetParserTest.SMALL), "a").created()).isTrue();
    // Different layout, comments and number format, same content.
    String sameContent = "# 注释\n" + IndicatorSetParserTest.SMALL.replace("max: 60\n", "max: 60.0\n");
    IndicatorSetService.LoadResult again = service.load(bytes(sameContent), "b");

    assertThat(again.created()).isFalse();
    assertThat(again.summary().source()).isEqualTo("a");
    assertThat(indicatorRows.count()).isEqualTo(2 + 3 + 5);
  }

  @Test
  void aStoredVersionCannotBeChanged() {
    service.load(bytes(IndicatorSetParserTest.SMALL), "a");
    String changed = IndicatorSetParserTest.SMALL.replace("name: 甲一", "name: 甲一（改）");

    assertThatThrownBy(() -> service.load(bytes(changed), "b"))
        .isInstanceOf(IndicatorSetConflictException.class)
        .hasMessage("版本 test-small 已存在且内容不同，已加载的版本不能修改；请使用新的版本号");
    assertThat(sets.get("test-small").item("X1.1").orElseThrow().name()).isEqualTo("甲一");
  }

  @Test
  void aNewVersionIsStoredBesideTheOldOneAndBecomesDefaultOnlyWhenAsked() throws Exception {
    loader.loadAll();
    service.load(bytes(IndicatorSetParserTest.SMALL), "管理接口上传");

    assertThat(sets.getDefault().version()).isEqualTo("2023-reconstructed");
    assertThat(sets.list()).extracting(IndicatorSetSummary::version)
        .containsExactlyInAnyOrder("2023-reconstructed", "test-small");

    service.makeDefault("test-small");

    assertThat(sets.getDefault().version()).isEqualTo("test-small");
    assertThat(setRows.findByDefaultSetTrue()).hasSize(1);
    assertThat(sets.get("2023-reconstructed").items()).hasSize(26);
  }

  @Test
  void anInvalidFileStoresNothing() {
    assertThatThrownBy(() -> service.load(bytes(IndicatorSetParserTest.SMALL.replace("max: 30}", "max: 31}")), "x"))
        .isInstanceOf(InvalidIndicatorSetException.class);
    assertThat(setRows.count()).isZero();
  }

  @Test
  void anUnknownVersionIsReported() {
    assertThatThrownBy(() -> sets.get("2099"))
        .isInstanceOf(IndicatorSetNotFoundException.class)
        .hasMessage("指标体系版本 2099 不存在");
  }
}
