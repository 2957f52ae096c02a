package cn.szftu.studio.organisation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads and validates the tree file into flat definitions, parents before children. */
public final class OrganisationTreeParser {

  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
  private static final int MAX_NAME = 200;

  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  public List<OrganisationDefinition> parse(InputStream in, String source) {
    OrganisationTreeFile file;
    try {
      file = yaml.readValue(in, OrganisationTreeFile.class);
    } catch (IOException e) {
      throw new InvalidOrganisationTreeException(source, List.of("无法解析：" + e.getMessage()));
    }
    return new Validation(source).run(file);
  }

  private static final class Validation {
    private final String source;
    private final List<String> problems = new ArrayList<>();
    private final List<OrganisationDefinition> result = new ArrayList<>();
    private final Set<String> codes = new HashSet<>();
    private final Set<String> creditCodes = new HashSet<>();
    private int order;

    Validation(String source) {
      this.source = source;
    }

    List<OrganisationDefinition> run(OrganisationTreeFile file) {
      if (file == null || file.city() == null) {
        throw new InvalidOrganisationTreeException(source, List.of("city：缺少市总工会节点"));
      }
      String city = file.city().code();
      add("city", city, file.city().name(), OrganisationKind.CITY, null, null, null);
      List<OrganisationTreeFile.Union> unions = file.recommendingUnions() == null ? List.of() : file.recommendingUnions();
      if (unions.isEmpty()) {
        problems.add("recommendingUnions：至少需要一个推荐单位");
      }
      for (int u = 0; u < unions.size(); u++) {
        OrganisationTreeFile.Union union = unions.get(u);
        String path = "recommendingUnions[" + u + "]";
        if (union.category() == null) {
          problems.add(path + ".category：缺少推荐单位类别（DISTRICT/INDUSTRY/ORGANS/DIRECT）");
        }
        add(path, union.code(), union.name(), OrganisationKind.RECOMMENDING_UNION, union.category(), city, null);
        List<OrganisationTreeFile.HostUnit> units = union.hostUnits() == null ? List.of() : union.hostUnits();
        for (int h = 0; h < units.size(); h++) {
          OrganisationTreeFile.HostUnit unit = units.get(h);
          String unitPath = path + ".hostUnits[" + h + "]";
          checkCreditCode(unitPath, unit.creditCode());
          add(unitPath, unit.code(), unit.name(), OrganisationKind.HOST_UNIT, null, union.code(), unit.creditCode());
        }
      }
      if (!problems.isEmpty()) {
        throw new InvalidOrganisationTreeException(source, problems);
      }
      return result;
    }

    private void add(String path, String code, String name, OrganisationKind kind, UnionCategory category,
        String parent, String creditCode) {
      if (code == null || !CODE.matcher(code).matches()) {
        problems.add(path + ".code：代码“" + code + "”无效，只能使用小写字母、数字和连字符，最长 40 个字符");
      } else if (!codes.add(code)) {
        problems.add(path + ".code：代码“" + code + "”重复");
      }
      if (name == null || name.isBlank()) {
        problems.add(path + ".name：名称不能为空");
      } else if (name.length() > MAX_NAME) {
        problems.add(path + ".name：名称超过 " + MAX_NAME + " 个字符");
      }
      result.add(new OrganisationDefinition(code, name == null ? null : name.strip(), kind, category, parent,
          creditCode, order++));
    }

    private void checkCreditCode(String path, String creditCode) {
      if (creditCode == null || creditCode.isBlank()) {
        problems.add(path + ".creditCode：申报单位必须填写统一社会信用代码");
      } else if (!UnifiedSocialCreditCode.isValid(creditCode)) {
        problems.add(path + ".creditCode：统一社会信用代码“" + creditCode + "”格式或校验位错误");
      } else if (!creditCodes.add(creditCode)) {
        problems.add(path + ".creditCode：统一社会信用代码“" + creditCode + "”重复");
      }
    }
  }
}
