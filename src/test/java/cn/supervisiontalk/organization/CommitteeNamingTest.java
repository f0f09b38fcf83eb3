package cn.supervisiontalk.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.supervisiontalk.ProcessTestSupport;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The holding committee's id, names and kind are the application's record: named from the seeds
 * on first start, renamed over {@code PUT /api/committee} by the office (checked, Chinese 400s,
 * nothing changed by a refusal; the id never changes), and given to the models at once; an
 * installation without a seed file has a neutral name until it is named.
 */
@AutoConfigureMockMvc
@TestPropertySource(properties =
    "spring.datasource.url=jdbc:h2:mem:committee-naming-test;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE")
class CommitteeNamingTest extends ProcessTestSupport {

  @Autowired MockMvc mvc;
  @Autowired Committee committee;
  @Autowired CommitteeRepository committees;

  @AfterEach
  void seedsNamesAgain() throws Exception {
    committees.update(new CommitteeRepository.CommitteeRecord("jiangzhou", "中共江州市委员会", "江州市委",
        "LOCAL_COMMITTEE", null, deadlines.now(), null));
    committee.forget();
  }

  @Test
  void theSeedsNameTheCommitteeOnFirstStart() throws Exception {
    mvc.perform(as("wanghai", get("/api/committee"))).andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value("jiangzhou"))
        .andExpect(jsonPath("$.name").value("中共江州市委员会"))
        .andExpect(jsonPath("$.messageName").value("中共江州市委"))
        .andExpect(jsonPath("$.kind").value("LOCAL_COMMITTEE"));
  }

  @Test
  void theOfficeRenamesItAndTheModelsGetTheNewKindAtOnce() throws Exception {
    mvc.perform(as("liuyang", put("/api/committee")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"name\":\"中共江州市发展和改革委员会党组\",\"shortName\":\"市发展改革委党组\","
                + "\"kind\":\"PARTY_GROUP\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value("jiangzhou"))
        .andExpect(jsonPath("$.messageName").value("中共市发展改革委党组"))
        .andExpect(jsonPath("$.kind").value("PARTY_GROUP"));
    assertThat(committee.holdingCommitteeKind()).isEqualTo("PARTY_GROUP");
    assertThat(committee.name()).isEqualTo("中共江州市发展和改革委员会党组");
  }

  @Test
  void aWrongNamingIsRefusedInChineseAndChangesNothing() throws Exception {
    mvc.perform(as("liuyang", put("/api/committee")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"id\":\"qingshan\",\"name\":\" \",\"kind\":\"COUNTY\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value(allOf(containsString("编号设定后不能修改"),
            containsString("请填写党委(党组)的全称"), containsString("LOCAL_COMMITTEE(地方党委)"))));
    mvc.perform(as("liuyang", put("/api/committee")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"name\": 中共"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value(matchesPattern(".*\\p{IsHan}.*")));
    mvc.perform(as("wanghai", put("/api/committee")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"name\":\"中共青山县委员会\"}"))
        .andExpect(status().isForbidden());
    mvc.perform(as("wanghai", get("/api/committee"))).andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value("jiangzhou"))
        .andExpect(jsonPath("$.name").value("中共江州市委员会"));
  }

  @Test
  void withoutARecordTheCommitteeHasANeutralNameUntilNamedWithAnId() throws Exception {
    jdbc.sql("delete from committee").update();
    committee.forget();
    assertThat(committee.name()).isEqualTo("党委(党组)");
    assertThat(committee.id()).isEmpty();

    mvc.perform(as("liuyang", put("/api/committee")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"name\":\"中共江州市委员会\",\"shortName\":\"江州市委\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value(containsString("请填写党委(党组)的编号")));
    mvc.perform(as("liuyang", put("/api/committee")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"id\":\"Jiang Zhou\",\"name\":\"中共江州市委员会\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value(containsString("只能含小写字母和数字")));
    mvc.perform(as("liuyang", put("/api/committee")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"id\":\"jiangzhou\",\"name\":\"中共江州市委员会\",\"shortName\":\"江州市委\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value("jiangzhou"))
        .andExpect(jsonPath("$.kind").value("LOCAL_COMMITTEE"));
    assertThat(committee.messageName()).isEqualTo("中共江州市委");
  }

  private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
    return request.header("Authorization", "Basic " + Base64.getEncoder()
        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
  }
}
