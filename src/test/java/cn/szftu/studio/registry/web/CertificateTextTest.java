package cn.szftu.studio.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CertificateTextTest {

  @Test
  void citationFollowsTheOutcome() {
    assertThat(RegistryQueries.citation("深圳市南山精工智能装备有限公司", "黄伟劳模创新工作室", "命名"))
        .isEqualTo("深圳市南山精工智能装备有限公司黄伟劳模创新工作室，经推荐、评审和公示，"
            + "被命名为“深圳市示范性劳模和工匠人才创新工作室”。特发此证。");
    assertThat(RegistryQueries.citation("单位", "工作室", "认定")).contains("被认定为“深圳市示范性劳模和工匠人才创新工作室”");
    assertThat(RegistryQueries.citation("单位", "工作室", "支持建设"))
        .contains("被确定为“深圳市示范性劳模和工匠人才创新工作室”支持建设对象");
    assertThat(RegistryQueries.kindTitle("支持建设")).isEqualTo("支持建设证书");
  }

  @Test
  void filterDropsValuesThatAreNotOnOffer() {
    RegistryFilter filter = RegistryFilter.parse("nowhere", "20x6", "DELETED", java.util.List.of("futian"));
    assertThat(filter.active()).isFalse();
    RegistryFilter applied = RegistryFilter.parse("futian", "2026", "REVOKED", java.util.List.of("futian"));
    assertThat(applied).isEqualTo(new RegistryFilter("futian", 2026,
        cn.szftu.studio.registry.StudioStatus.REVOKED));
    assertThat(applied.yearValue()).isEqualTo("2026");
  }
}
