package cn.szftu.studio.change.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.szftu.studio.application.form.FieldProblem;
import cn.szftu.studio.application.form.InvalidSubmissionException;
import cn.szftu.studio.application.form.SkillLevel;
import cn.szftu.studio.change.ChangeType;
import cn.szftu.studio.change.LeaderConditions;
import cn.szftu.studio.change.form.ChangeRequestValidator.RegisteredUnit;
import cn.szftu.studio.change.form.ChangeRequestValidator.StudioFacts;
import cn.szftu.studio.eligibility.EligibilityProperties;
import cn.szftu.studio.eligibility.HonourLevel;
import cn.szftu.studio.eligibility.HonourType;
import cn.szftu.studio.organisation.UnifiedSocialCreditCode;
import cn.szftu.studio.registry.StudioStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every rule of the change request on its own, with the registry and the organisation tree as a stand-in. */
class ChangeRequestValidatorTest {

  private static final String NUMBER = "SZMGCX-2026-001";
  private static final String OWN_UNIT = "ns-precision";
  private static final StudioFacts STUDIO = new StudioFacts(7, NUMBER, StudioStatus.NAMED, "黄伟劳模和工匠人才创新工作室",
      "黄伟", OWN_UNIT, "深圳市南山精工智能装备有限公司");
  private static final String CHIP_TEST_CODE = "914403055738524115";
  private static final String QUALIFYING_HONOURS =
      "[{\"type\":\"MODEL_WORKER\",\"level\":\"CITY\",\"year\":2020,\"title\":\"深圳市劳动模范\"}]";

  private final ChangeRequestValidator validator = new ChangeRequestValidator(
      new LeaderConditions(new EligibilityProperties(null, null, 3, 3, null, null, 1)));
  private StudioFacts studio = STUDIO;
  private Set<String> userUnits = Set.of(OWN_UNIT);
  private Instant openChangeSince;

  private final ChangeRequestValidator.Context context = new ChangeRequestValidator.Context() {
    @Override
    public Optional<StudioFacts> studio(String namingNumber) {
      return Optional.ofNullable(namingNumber.equals(studio.namingNumber()) ? studio : null);
    }

    @Override
    public Set<String> userUnitCodes() {
      return userUnits;
    }

    @Override
    public Optional<RegisteredUnit> hostUnit(String creditCode) {
      return Map.of(CHIP_TEST_CODE, new RegisteredUnit("ns-chip-test", "深圳市南山芯测半导体有限公司"),
          "914403059927866662", new RegisteredUnit(OWN_UNIT, "深圳市南山精工智能装备有限公司"))
          .entrySet().stream().filter(e -> e.getKey().equals(creditCode)).map(Map.Entry::getValue).findFirst();
    }

    @Override
    public Optional<Instant> openChangeRequestedAt(long studioId) {
      return Optional.ofNullable(openChangeSince);
    }

    @Override
    public LocalDate today() {
      return LocalDate.of(2026, 11, 25);
    }
  };

  static Map<String, Object> leaderChange() {
    Map<String, Object> v = new HashMap<>();
    v.put("namingNumber", NUMBER);
    v.put("changeType", "LEADER");
    v.put("changeReasons", "原领衔人黄伟退休");
    v.put("newLeaderName", "李明");
    v.put("newLeaderPosition", "数控车间主任");
    v.put("newLeaderSkillLevel", "SENIOR_TECHNICIAN");
    v.put("newLeaderHonours", QUALIFYING_HONOURS);
    v.put("newStudioName", "李明劳模和工匠人才创新工作室");
    return v;
  }

  static Map<String, Object> nameChange() {
    Map<String, Object> v = new HashMap<>();
    v.put("namingNumber", NUMBER);
    v.put("changeType", "NAME");
    v.put("changeReasons", "单位更名");
    v.put("newStudioName", "南山精工黄伟创新工作室");
    return v;
  }

  static Map<String, Object> hostUnitChange(String stays, String creditCode, String name) {
    Map<String, Object> v = new HashMap<>();
    v.put("namingNumber", NUMBER);
    v.put("changeType", "HOST_UNIT");
    v.put("changeReasons", "团队整体划转");
    v.put("staysInShenzhen", stays);
    v.put("newHostUnitCreditCode", creditCode);
    v.put("newHostUnitName", name);
    return v;
  }

  @Test
  void aLeaderChangeWithAQualifyingLeaderIsAccepted() {
    ChangeRequestValidator.Result result = validator.validate(leaderChange(), context);

    ChangeRequest request = result.request();
    assertThat(result.studio()).isEqualTo(STUDIO);
    assertThat(request.type()).isEqualTo(ChangeType.LEADER);
    assertThat(request.leader().name()).isEqualTo("李明");
    assertThat(request.leader().skillLevel()).isEqualTo(SkillLevel.SENIOR_TECHNICIAN);
    assertThat(request.leader().honours()).singleElement()
        .satisfies(h -> assertThat(h.level()).isEqualTo(HonourLevel.CITY))
        .satisfies(h -> assertThat(h.type()).isEqualTo(HonourType.MODEL_WORKER));
    assertThat(request.newStudioName()).isEqualTo("李明劳模和工匠人才创新工作室");
    assertThat(request.hostUnit()).isNull();
  }

  @Test
  void theNewNameIsOptionalForALeaderChange() {
    Map<String, Object> v = leaderChange();
    v.remove("newStudioName");
    assertThat(validator.validate(v, context).request().newStudioName()).isNull();
  }

  @Test
  void aNamingNumberIsReadWhateverItsCase() {
    Map<String, Object> v = nameChange();
    v.put("namingNumber", " szmgcx-2026-001 ");
    assertThat(validator.validate(v, context).request().namingNumber()).isEqualTo(NUMBER);
  }

  @Test
  void aNameChangeAndAHostUnitChangeInShenzhenAreAccepted() {
    assertThat(validator.validate(nameChange(), context).request().newStudioName()).isEqualTo("南山精工黄伟创新工作室");

    ChangeRequest moved = validator.validate(hostUnitChange("YES", CHIP_TEST_CODE.toLowerCase(),
        "深圳市南山芯测半导体有限公司"), context).request();
    assertThat(moved.hostUnit()).isEqualTo(new ChangeRequest.NewHostUnit(true, "ns-chip-test", CHIP_TEST_CODE,
        "深圳市南山芯测半导体有限公司"));
    assertThat(moved.movesOutOfShenzhen()).isFalse();
  }

  @Test
  void aMoveOutOfShenzhenNeedsNoRegisteredUnit() {
    Map<String, Object> v = hostUnitChange("NO", null, "东莞市某精工有限公司");
    ChangeRequest request = validator.validate(v, context).request();
    assertThat(request.movesOutOfShenzhen()).isTrue();
    assertThat(request.hostUnit().code()).isNull();
    assertThat(request.hostUnit().name()).isEqualTo("东莞市某精工有限公司");
  }

  @Test
  void anUnknownStudioIsRefused() {
    Map<String, Object> v = nameChange();
    v.put("namingNumber", "SZMGCX-2026-999");
    assertProblem(v, "namingNumber", "名录中没有命名编号为“SZMGCX-2026-999”的工作室");
  }

  @Test
  void aRevokedStudioIsRefused() {
    studio = new StudioFacts(7, NUMBER, StudioStatus.REVOKED, STUDIO.studioName(), STUDIO.leaderName(), OWN_UNIT,
        STUDIO.hostUnitName());
    assertProblem(nameChange(), "namingNumber", "该工作室当前为“已撤销”，已撤销的工作室不能申请变更");
  }

  @Test
  void anotherUnitsStudioIsRefusedNamingItsUnit() {
    userUnits = Set.of("ft-smart-grid");
    assertProblem(nameChange(), "namingNumber",
        "该工作室的依托单位是“深圳市南山精工智能装备有限公司”，不是您所在的单位；只能为本单位的工作室申请变更");
    userUnits = Set.of();
    assertProblem(nameChange(), "namingNumber", "您的账号未关联任何申报单位");
  }

  @Test
  void anotherUnitLearnsNothingAboutTheStudiosPendingRequests() {
    userUnits = Set.of("ft-smart-grid");
    openChangeSince = Instant.parse("2026-11-20T02:00:00Z");
    assertThat(problems(nameChange())).extracting(FieldProblem::message)
        .anySatisfy(m -> assertThat(m).contains("不是您所在的单位"))
        .noneSatisfy(m -> assertThat(m).contains("正在办理"));
  }

  @Test
  void aSecondOpenChangeOfTheSameStudioIsRefused() {
    openChangeSince = Instant.parse("2026-11-20T02:00:00Z");
    assertProblem(nameChange(), "namingNumber", "该工作室已有一项变更申请正在办理（2026年11月20日 10:00 提交）");
  }

  @Test
  void theTypeAndTheReasonsAreRequired() {
    Map<String, Object> v = nameChange();
    v.remove("changeType");
    v.put("changeReasons", " ");
    List<FieldProblem> problems = problems(v);
    assertThat(problems).extracting(FieldProblem::field).contains("changeType", "changeReasons");

    v.put("changeType", "MERGER");
    assertProblem(v, "changeType", "“MERGER”不是可选的值");
  }

  @Test
  void reasonsOverTwoThousandCharactersAreRefused() {
    Map<String, Object> v = nameChange();
    v.put("changeReasons", "理".repeat(2001));
    assertProblem(v, "changeReasons", "不能超过 2000 个字符（现为 2001 个）");
  }

  @Test
  void aLeaderChangeNeedsEveryLeaderFieldAndReportsThemAllAtOnce() {
    Map<String, Object> v = leaderChange();
    v.remove("newLeaderName");
    v.remove("newLeaderPosition");
    v.remove("newLeaderSkillLevel");
    v.remove("newLeaderHonours");
    assertThat(problems(v)).extracting(FieldProblem::field).containsExactlyInAnyOrder("newLeaderName",
        "newLeaderPosition", "newLeaderSkillLevel", "newLeaderHonours");
  }

  @Test
  void aNewLeaderBelowTheLeaderConditionsIsRefused() {
    Map<String, Object> v = leaderChange();
    v.put("newLeaderHonours", "[{\"type\":\"MODEL_WORKER\",\"level\":\"DISTRICT\",\"year\":2020,\"title\":\"南山区劳动模范\"}]");
    assertProblem(v, "newLeaderHonours", "新领衔人不符合领衔人条件：须至少具有一项市级及以上");
  }

  @Test
  void aHalfFilledHonourIsReportedByItsRowNotAsAMissingQualification() {
    Map<String, Object> v = leaderChange();
    v.put("newLeaderHonours", "[{\"type\":\"MODEL_WORKER\",\"level\":\"KING\",\"year\":2020,\"title\":\"劳模\"}]");
    List<FieldProblem> problems = problems(v);
    assertThat(problems).extracting(FieldProblem::field).containsExactly("newLeaderHonours[0].level");
    assertThat(problems.get(0).label()).isEqualTo("新领衔人荣誉第 1 条·荣誉级别");
  }

  @Test
  void theSameLeaderOrTheSameNameIsNoChange() {
    Map<String, Object> v = leaderChange();
    v.put("newLeaderName", "黄伟");
    v.put("newStudioName", "黄伟劳模和工匠人才创新工作室");
    assertThat(problems(v)).extracting(FieldProblem::field).containsExactlyInAnyOrder("newLeaderName",
        "newStudioName");
    Map<String, Object> name = nameChange();
    name.put("newStudioName", "黄伟劳模和工匠人才创新工作室");
    assertProblem(name, "newStudioName", "与现名称相同；名称变更须填写新的名称");
  }

  @Test
  void nameLengthsAreChecked() {
    Map<String, Object> v = nameChange();
    v.put("newStudioName", "工".repeat(101));
    assertProblem(v, "newStudioName", "不能超过 100 个字符（现为 101 个）");
    v.put("newStudioName", "工");
    assertProblem(v, "newStudioName", "至少 2 个字符");
    v.remove("newStudioName");
    assertProblem(v, "newStudioName", "不能为空");
  }

  @Test
  void aHostUnitThatIsNotRegisteredIsRefusedAskingToRegisterIt() {
    // a valid credit code of a unit that is not in the organisation tree
    String code = "91440300MA5DAAAA0" + UnifiedSocialCreditCode.checkCharacter("91440300MA5DAAAA0");
    Map<String, Object> v = hostUnitChange("YES", code, "深圳市未登记科技有限公司");
    assertProblem(v, "newHostUnitCreditCode", "尚未在组织架构中登记为申报单位；请先联系市总工会将其登记，再申请变更");
  }

  @Test
  void aHostUnitChangeInShenzhenChecksTheCodeTheNameAndThatItIsAnotherUnit() {
    assertProblem(hostUnitChange("YES", "914403055738524116", "深圳市南山芯测半导体有限公司"), "newHostUnitCreditCode",
        "不是有效的统一社会信用代码");
    assertProblem(hostUnitChange("YES", CHIP_TEST_CODE, "南山芯测"), "newHostUnitName",
        "与组织架构中登记的单位名称“深圳市南山芯测半导体有限公司”不一致");
    assertProblem(hostUnitChange("YES", "914403059927866662", "深圳市南山精工智能装备有限公司"), "newHostUnitCreditCode",
        "与现依托单位相同");
    assertProblem(hostUnitChange("YES", null, "深圳市南山芯测半导体有限公司"), "newHostUnitCreditCode", "不能为空");
    assertProblem(hostUnitChange(null, CHIP_TEST_CODE, "深圳市南山芯测半导体有限公司"), "staysInShenzhen", "请选择");
    assertProblem(hostUnitChange("MAYBE", CHIP_TEST_CODE, "深圳市南山芯测半导体有限公司"), "staysInShenzhen",
        "“MAYBE”不是可选的值");
  }

  @Test
  void fieldsOfAnotherTypeAreRefused() {
    Map<String, Object> v = nameChange();
    v.put("newLeaderName", "李明");
    v.put("newHostUnitName", "某单位");
    v.put("newLeaderHonours", "[]");
    List<FieldProblem> problems = problems(v);
    assertThat(problems).extracting(FieldProblem::field).containsExactlyInAnyOrder("newLeaderName", "newHostUnitName");
    assertThat(problems).extracting(FieldProblem::message).contains("仅在变更类型为“负责人变更”时填写",
        "仅在变更类型为“依托单位变更”时填写");
    Map<String, Object> unit = hostUnitChange("NO", null, "东莞市某精工有限公司");
    unit.put("newStudioName", "新名称");
    assertProblem(unit, "newStudioName", "仅在变更类型为“负责人变更或名称变更”时填写");
  }

  @Test
  void unknownFieldsAreRefused() {
    Map<String, Object> v = nameChange();
    v.put("status", "APPROVED");
    assertProblem(v, "status", "不是本表单的字段");
    Map<String, Object> leader = leaderChange();
    leader.put("newLeaderHonours", "[{\"type\":\"MODEL_WORKER\",\"level\":\"CITY\",\"year\":2020,\"title\":\"劳模\","
        + "\"score\":100}]");
    assertProblem(leader, "newLeaderHonours[0].score", "不是本表单的字段");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    Map<String, Object> v = nameChange();
    v.put("namingNumber", "SZMGCX-2026-999");
    v.put("changeReasons", "");
    v.put("newStudioName", "工".repeat(101));
    v.put("extra", 1);
    assertThatThrownBy(() -> validator.validate(v, context)).isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("共 4 处需要修改").hasMessageContaining("工作室命名编号（namingNumber）")
        .hasMessageContaining("变更理由（changeReasons）").hasMessageContaining("新工作室名称（newStudioName）");
  }

  private List<FieldProblem> problems(Map<String, Object> values) {
    try {
      validator.validate(values, context);
    } catch (InvalidSubmissionException e) {
      return e.problems();
    }
    throw new AssertionError("accepted: " + values);
  }

  private void assertProblem(Map<String, Object> values, String field, String message) {
    assertThat(problems(values)).anySatisfy(p -> {
      assertThat(p.field()).isEqualTo(field);
      assertThat(p.message()).contains(message);
    });
  }
}
