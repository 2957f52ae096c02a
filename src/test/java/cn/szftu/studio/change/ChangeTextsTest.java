package cn.szftu.studio.change;

import static org.assertj.core.api.Assertions.assertThat;

import cn.szftu.studio.application.form.ApplicationContent.Honour;
import cn.szftu.studio.application.form.SkillLevel;
import cn.szftu.studio.change.form.ChangeRequest;
import cn.szftu.studio.change.form.ChangeRequestValidator.StudioFacts;
import cn.szftu.studio.eligibility.HonourLevel;
import cn.szftu.studio.eligibility.HonourType;
import cn.szftu.studio.registry.StudioStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What reviewers and the public history read about a change: old → new, and nothing of other change types. */
class ChangeTextsTest {

  private static final StudioFacts STUDIO = new StudioFacts(1, "SZMGCX-2026-001", StudioStatus.NAMED,
      "黄伟劳模和工匠人才创新工作室", "黄伟", "ns-precision", "深圳市南山精工智能装备有限公司");
  private static final List<Honour> HONOURS = List.of(new Honour(HonourType.CRAFTSMAN, HonourLevel.PROVINCIAL, 2023,
      "南粤工匠"));

  @Test
  void aLeaderChangeShowsTheNewLeaderWithHonoursAndTheNameUnchangedWhenNoneIsGiven() {
    StudioChange change = change(new ChangeRequest("SZMGCX-2026-001", ChangeType.LEADER, "退休",
        new ChangeRequest.NewLeader("李明", "车间主任", SkillLevel.TECHNICIAN, HONOURS), null, null));

    assertThat(ChangeTexts.requested(change)).isEqualTo("""
        领衔人：黄伟 → 李明
        新领衔人职务/岗位：车间主任
        新领衔人技能等级/职称：技师
        新领衔人荣誉：
          · 工匠（深圳工匠、南粤工匠等）（省部级，2023 年）：南粤工匠
        工作室名称：不变（黄伟劳模和工匠人才创新工作室）""");
    assertThat(ChangeTexts.history(change)).isEqualTo("负责人变更：领衔人由“黄伟”变更为“李明”。");
    assertThat(ChangeTexts.honours(change.getNewLeaderHonours())).isEqualTo(HONOURS);
  }

  @Test
  void aHostUnitChangeNamesBothUnitsAndWhetherTheStudioLeavesShenzhen() {
    StudioChange within = change(new ChangeRequest("SZMGCX-2026-001", ChangeType.HOST_UNIT, "划转", null, null,
        new ChangeRequest.NewHostUnit(true, "ns-chip-test", "914403055738524115", "深圳市南山芯测半导体有限公司")));
    assertThat(ChangeTexts.requested(within)).isEqualTo("依托单位：深圳市南山精工智能装备有限公司 → 深圳市南山芯测半导体有限公司"
        + "（统一社会信用代码 914403055738524115）\n变更后是否仍在深圳市内：是");
    assertThat(ChangeTexts.history(within))
        .isEqualTo("依托单位变更：依托单位由“深圳市南山精工智能装备有限公司”变更为“深圳市南山芯测半导体有限公司”。");

    StudioChange away = change(new ChangeRequest("SZMGCX-2026-001", ChangeType.HOST_UNIT, "迁址".repeat(1000), null,
        null, new ChangeRequest.NewHostUnit(false, null, null, "东莞市某公司")));
    assertThat(ChangeTexts.requested(away)).endsWith("否，迁出深圳市（确认后按规定启动撤销程序）");
    assertThat(ChangeTexts.revocationBasis(away, "SZMGCX-2026-001")).startsWith("工作室（命名编号 SZMGCX-2026-001）的依托单位由"
        + "“深圳市南山精工智能装备有限公司”变更为“东莞市某公司”，迁出深圳市").hasSize(2000).endsWith("…");
  }

  @Test
  void theDecisionNamesWhoApprovedLast() {
    assertThat(ChangeTexts.decision(ChangeStep.LEADERSHIP_APPROVAL, LocalDate.of(2026, 12, 3)))
        .isEqualTo("市总工会主席会议批准变更（2026年12月3日）");
    assertThat(ChangeTexts.decision(ChangeStep.OFFICE_APPROVAL, LocalDate.of(2026, 12, 3)))
        .isEqualTo("市总工会批准变更（2026年12月3日）");
  }

  private static StudioChange change(ChangeRequest request) {
    StudioChange change = new StudioChange(STUDIO, "applicant1", Instant.parse("2026-11-25T02:00:00Z"));
    change.request(request, request.leader() == null ? null : ChangeTexts.honoursJson(request.leader().honours()),
        Instant.parse("2026-11-25T02:00:00Z"));
    return change;
  }
}
