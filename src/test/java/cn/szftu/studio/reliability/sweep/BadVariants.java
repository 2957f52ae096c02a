package cn.szftu.studio.reliability.sweep;

import cn.szftu.studio.reliability.sweep.FormSchema.Field;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The bad submissions derived from a form's schema: each is a valid submission with one thing wrong. */
final class BadVariants {

  static final String UNKNOWN_FIELD = "sweepUnknownField";
  static final int LONG = 10_000;

  enum Kind { MISSING, WRONG_TYPE, OUT_OF_RANGE, PATTERN, UNKNOWN_ENUM, LONG_STRING, UNKNOWN_FIELD }

  /** One bad submission; {@code field} is the key its refusal must name. */
  record Variant(Kind kind, Field field, String fieldKey, Map<String, Object> values) {
    String describe() {
      return kind + " " + fieldKey;
    }
  }

  /** Why a field of the form is not swept, said per field so nothing is left out silently. */
  record Skipped(String fieldKey, String reason) {
  }

  record Plan(List<Variant> variants, List<Skipped> skipped) {
  }

  private BadVariants() {
  }

  /**
   * {@code prefilled}: the fields the task already holds a value for (a correction form shows the stored case); a
   * submission leaving one out keeps that value, which is accepted by design and said so per field.
   */
  static Plan of(FormSchema form, Map<String, Object> valid, Set<String> prefilled) {
    List<Variant> variants = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    for (Field field : form.fields()) {
      if (!field.editable()) {
        continue; // shown, not submitted (Tasklist leaves disabled fields out); the guard refuses them if sent
      }
      Boolean shown = field.shownWith(valid);
      if (shown == null) {
        skipped.add(new Skipped(field.key(), "condition beyond the sweep: " + field.hide()));
        continue;
      }
      if (!shown) {
        skipped.add(new Skipped(field.key(), "hidden for the valid submission (" + field.hide() + "): ignored"));
        continue;
      }
      String key = field.key();
      if ("dynamiclist".equals(field.type())) {
        variants.add(variant(Kind.WRONG_TYPE, field, valid, "not a list"));
        skipped.add(new Skipped(key, "list items not swept field by field (their own tests cover them)"));
        continue;
      }
      if (field.required() && prefilled.contains(key)) {
        skipped.add(new Skipped(key, "prefilled with the stored value: leaving it out keeps that value (accepted)"));
      } else if (field.required()) {
        Map<String, Object> values = new LinkedHashMap<>(valid);
        values.remove(key);
        variants.add(new Variant(Kind.MISSING, field, key, values));
      } else {
        skipped.add(new Skipped(key, "optional: leaving it out is accepted"));
      }
      switch (field.type()) {
        case "number" -> {
          variants.add(variant(Kind.WRONG_TYPE, field, valid, "abc"));
          if (field.max() != null) {
            variants.add(variant(Kind.OUT_OF_RANGE, field, valid, field.max().add(BigDecimal.ONE).longValue()));
          }
          if (field.min() != null) {
            variants.add(variant(Kind.OUT_OF_RANGE, field, valid, field.min().subtract(BigDecimal.ONE).longValue()));
          }
        }
        case "textfield", "textarea" -> {
          variants.add(variant(Kind.WRONG_TYPE, field, valid, 42L));
          if (field.maxLength() != null) {
            variants.add(variant(Kind.OUT_OF_RANGE, field, valid, "长".repeat(field.maxLength() + 1)));
          }
          if (field.pattern() != null) {
            variants.add(variant(Kind.PATTERN, field, valid, "<!-->"));
          }
          variants.add(variant(Kind.LONG_STRING, field, valid, "长".repeat(LONG)));
        }
        case "radio", "select" -> {
          variants.add(variant(Kind.WRONG_TYPE, field, valid, 7L));
          variants.add(variant(Kind.UNKNOWN_ENUM, field, valid, "NO_SUCH_OPTION"));
          variants.add(variant(Kind.LONG_STRING, field, valid, "长".repeat(LONG)));
        }
        case "checkbox" -> variants.add(variant(Kind.WRONG_TYPE, field, valid, "yes"));
        case "datetime" -> {
          variants.add(variant(Kind.WRONG_TYPE, field, valid, "2026/11/25"));
          variants.add(variant(Kind.LONG_STRING, field, valid, "长".repeat(LONG)));
        }
        default -> skipped.add(new Skipped(key, "type " + field.type() + " has no variants yet"));
      }
    }
    Map<String, Object> extra = new LinkedHashMap<>(valid);
    extra.put(UNKNOWN_FIELD, "x");
    variants.add(new Variant(Kind.UNKNOWN_FIELD, null, UNKNOWN_FIELD, extra));
    return new Plan(variants, skipped);
  }

  private static Variant variant(Kind kind, Field field, Map<String, Object> valid, Object value) {
    Map<String, Object> values = new LinkedHashMap<>(valid);
    values.put(field.key(), value);
    return new Variant(kind, field, field.key(), values);
  }
}
