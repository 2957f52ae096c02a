package cn.szftu.studio.indicator;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an indicator-set file (YAML, or JSON of the same shape) and validates it. The number of indicators per level
 * is free; what is checked is the shape (exactly three levels), unique ids, names, maxima, that every indicator's
 * children add up to its maximum and that the first level adds up to 100. Every problem is reported, in Chinese,
 * naming the indicator.
 */
public final class IndicatorSetParser {

  static final BigDecimal TOTAL = BigDecimal.valueOf(100);
  static final int LEVELS = 3;
  static final int MAX_NAME = 100;
  static final int MAX_HINT = 500;
  static final int MAX_TITLE = 200;
  private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,19}");
  private static final String[] LEVEL_NAMES = {"一级", "二级", "三级"};

  private final ObjectMapper yaml = configure(new ObjectMapper(new YAMLFactory()));
  private final ObjectMapper json = configure(new ObjectMapper());

  private static ObjectMapper configure(ObjectMapper mapper) {
    return mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  public IndicatorSet parse(InputStream in, String source) {
    try {
      return parse(in.readAllBytes(), source);
    } catch (IOException e) {
      throw new InvalidIndicatorSetException(source, List.of("无法读取：" + e.getMessage()));
    }
  }

  /** JSON when the content starts with "{", YAML otherwise. */
  public IndicatorSet parse(byte[] content, String source) {
    IndicatorSetFile file;
    try {
      file = (looksLikeJson(content) ? json : yaml).readValue(content, IndicatorSetFile.class);
    } catch (UnrecognizedPropertyException e) {
      throw new InvalidIndicatorSetException(source, List.of("未知字段“" + e.getPropertyName() + "”" + where(e)
          + "；允许的字段：version、title、indicators，指标内 id、name、max、hint、children"));
    } catch (IOException e) {
      String detail = e instanceof JsonProcessingException p ? p.getOriginalMessage() : e.getMessage();
      throw new InvalidIndicatorSetException(source, List.of("文件无法解析" + where(e) + "：" + detail));
    }
    return validate(file, source);
  }

  public IndicatorSet validate(IndicatorSetFile file, String source) {
    if (file == null) {
      throw new InvalidIndicatorSetException(source, List.of("文件为空"));
    }
    return new Validation(source).run(file);
  }

  private static boolean looksLikeJson(byte[] content) {
    for (byte b : content) {
      if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
        return b == '{';
      }
    }
    return false;
  }

  private static String where(IOException e) {
    if (e instanceof JsonProcessingException p && p.getLocation() != null
        && p.getLocation() != JsonLocation.NA && p.getLocation().getLineNr() > 0) {
      return "（第 " + p.getLocation().getLineNr() + " 行）";
    }
    return "";
  }

  static String points(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static final class Validation {
    private final String source;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    Validation(String source) {
      this.source = source;
    }

    IndicatorSet run(IndicatorSetFile file) {
      String version = file.version() == null ? null : file.version().strip();
      if (version == null || version.isEmpty()) {
        problems.add("version：缺少版本号");
      } else if (!VERSION.matcher(version).matches()) {
        problems.add("version：版本号“" + version + "”无效，只能使用字母、数字、点、下划线和连字符，最长 40 个字符");
      }
      String title = file.title() == null ? null : file.title().strip();
      if (title == null || title.isEmpty()) {
        problems.add("title：标题不能为空");
      } else if (length(title) > MAX_TITLE) {
        problems.add("title：标题超过 " + MAX_TITLE + " 个字符");
      }
      List<IndicatorSetFile.Node> nodes = file.indicators() == null ? List.of() : file.indicators();
      if (nodes.isEmpty()) {
        problems.add("indicators：至少需要一个一级指标");
      }
      List<Indicator> firstLevel = children(nodes, 1, null);
      checkSum("总分：一级指标满分合计 %s 分，不等于 " + points(TOTAL) + " 分", nodes, TOTAL);
      if (!problems.isEmpty()) {
        throw new InvalidIndicatorSetException(source, problems);
      }
      return new IndicatorSet(version, title, firstLevel);
    }

    private List<Indicator> children(List<IndicatorSetFile.Node> nodes, int level, String parentLabel) {
      List<Indicator> result = new ArrayList<>();
      for (int i = 0; i < nodes.size(); i++) {
        String position = parentLabel == null
            ? "第 " + (i + 1) + " 个一级指标"
            : parentLabel + " 的第 " + (i + 1) + " 个下级指标";
        IndicatorSetFile.Node node = nodes.get(i);
        if (node == null) {
          problems.add(position + "：内容为空");
          continue;
        }
        result.add(indicator(node, level, position));
      }
      return result;
    }

    private Indicator indicator(IndicatorSetFile.Node node, int level, String position) {
      String id = node.id() == null ? null : node.id().strip();
      String label;
      if (id == null || id.isEmpty()) {
        label = position;
        problems.add(label + "：缺少编号");
      } else {
        label = id;
        if (!ID.matcher(id).matches()) {
          problems.add(position + "：编号“" + id + "”无效，只能使用字母、数字、点、下划线和连字符，最长 20 个字符");
        } else if (!ids.add(id)) {
          problems.add(id + "：编号重复");
        }
      }
      String name = node.name() == null ? null : node.name().strip();
      if (name == null || name.isEmpty()) {
        problems.add(label + "：名称不能为空");
      } else if (length(name) > MAX_NAME) {
        problems.add(label + "：名称超过 " + MAX_NAME + " 个字符（现有 " + length(name) + " 个）");
      }
      BigDecimal max = node.max();
      if (max == null) {
        problems.add(label + "：缺少满分");
      } else if (max.signum() <= 0) {
        problems.add(label + "：满分必须大于 0（现为 " + points(max) + " 分）");
      } else if (max.stripTrailingZeros().scale() > 1) {
        problems.add(label + "：满分最多保留 1 位小数（现为 " + points(max) + " 分）");
      }
      String hint = node.hint() == null || node.hint().isBlank() ? null : node.hint().strip();
      if (hint != null && length(hint) > MAX_HINT) {
        problems.add(label + "：评分说明超过 " + MAX_HINT + " 个字符（现有 " + length(hint) + " 个）");
      }
      List<IndicatorSetFile.Node> childNodes = node.children() == null ? List.of() : node.children();
      List<Indicator> children = List.of();
      if (level == LEVELS) {
        if (!childNodes.isEmpty()) {
          problems.add(label + "：" + LEVEL_NAMES[level - 1] + "指标不能再有下级指标");
        }
      } else if (childNodes.isEmpty()) {
        problems.add(label + "：" + LEVEL_NAMES[level - 1] + "指标至少需要一个" + LEVEL_NAMES[level] + "指标");
      } else {
        children = children(childNodes, level + 1, label);
        if (max != null) {
          checkSum(label + "：下级指标满分合计 %s 分，不等于 " + label + " 的满分 " + points(max) + " 分", childNodes, max);
        }
      }
      // Scale 1 throughout so equal content gives equal records; an invalid maximum was reported above.
      BigDecimal scaled = max == null || max.stripTrailingZeros().scale() > 1
          ? null : max.setScale(1, RoundingMode.UNNECESSARY);
      return new Indicator(id, name, scaled, hint, level, children);
    }

    /** Compares the children's sum with the expected maximum once every child has a maximum. */
    private void checkSum(String message, List<IndicatorSetFile.Node> nodes, BigDecimal expected) {
      if (nodes.isEmpty() || nodes.stream().anyMatch(n -> n == null || n.max() == null)) {
        return;
      }
      BigDecimal sum = nodes.stream().map(IndicatorSetFile.Node::max).reduce(BigDecimal.ZERO, BigDecimal::add);
      if (sum.compareTo(expected) != 0) {
        problems.add(message.formatted(points(sum)));
      }
    }

    private static int length(String text) {
      return text.codePointCount(0, text.length());
    }
  }
}
