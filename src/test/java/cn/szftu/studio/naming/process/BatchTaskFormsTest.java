package cn.szftu.studio.naming.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.Test;

class BatchTaskFormsTest {

  @Test
  void aRankedListLongerThanAStringVariableIsKeptWholeAsAJsonString() throws Exception {
    StringBuilder list = new StringBuilder("拟命名 100 个，共 500 个申报参加排序：\n");
    for (int i = 1; i <= 500; i++) {
      list.append("第 ").append(i).append(" 名　SQ-2026-").append(String.format("%04d", i))
          .append("　性能测试劳模和工匠人才创新工作室　南山区总工会　88.00 分　拟命名\n");
    }
    String text = list.toString();
    assertThat(text.length()).as("longer than a string variable's 4,000 characters").isGreaterThan(4000);

    TypedValue value = BatchTaskForms.longText(text);

    assertThat(value.getType().getName()).isEqualTo("json");
    String stored = ((SerializableValue) value).getValueSerialized();
    assertThat(new ObjectMapper().readValue(stored, String.class)).as("what Tasklist shows after JSON.parse")
        .isEqualTo(text);
  }
}
