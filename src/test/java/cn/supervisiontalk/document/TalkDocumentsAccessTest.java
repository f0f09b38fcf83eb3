package cn.supervisiontalk.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.supervisiontalk.ProcessTestSupport;
import cn.supervisiontalk.rectification.RectificationSteps;
import cn.supervisiontalk.security.UnseenTalk;
import cn.supervisiontalk.talk.TalkSteps;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Article 16 for the documents: /api/talks/{talkId}/record.docx and archive.docx give each person
 * exactly what the API lets them read. The talk record goes to the office, the talker, the talkee
 * and the units it was copied to (when the talk was held, or with the archive); the archive to the
 * office and the talker in full, to the talkee without the units' material and the talker's notes,
 * to a unit it was copied to with that unit's material only; everybody else 403, an unknown talk
 * or one not yet held or archived 404, all with a Chinese message. PDF without LibreOffice
 * configured (as here) is 503, after the same checks.
 */
@AutoConfigureMockMvc
@TestPropertySource(properties = {
    "spring.datasource.url=jdbc:h2:mem:talk-documents-test;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
    "supervision-talk.documents.soffice="})
class TalkDocumentsAccessTest extends ProcessTestSupport {

  static final LocalDate TALK_DATE = LocalDate.of(2027, 1, 31);
  static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  @Autowired MockMvc mvc;

  /** A regular talk with 王海 (青山县委), prepared by all five units and held by 李建国 on TALK_DATE. */
  ProcessInstance heldTalk() {
    clockAt(LocalDate.of(2027, 1, 10), 9);
    ProcessInstance talk = runtime.startProcessInstanceByKey("regularTalk", vars(
        "organizationId", "qingshan", "talkerId", "lijianguo",
        "plannedTalkDate", "2027-01-25", "planYear", 2027));
    TalkSteps.prepare(this, talk);
    clockAt(TALK_DATE, 15);
    tasks.complete(taskOf(talk, "holdTalk").getId(), TalkSteps.record(TALK_DATE));
    runJobs();
    return talk;
  }

  MockHttpServletResponse as(String user, String path) throws Exception {
    var request = get(path);
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    return mvc.perform(request).andReturn().getResponse();
  }

  /** The document's text as the person receives it; fails unless it is a .docx. */
  String read(String user, String path) throws Exception {
    MockHttpServletResponse response = as(user, path);
    assertThat(response.getStatus()).as(user + " " + path + ": " + response.getErrorMessage())
        .isEqualTo(200);
    assertThat(response.getContentType()).startsWith(DOCX);
    assertThat(response.getHeader("Content-Disposition")).startsWith("attachment; filename=\"talk-")
        .contains("filename*=UTF-8''");
    return DocxText.text(response.getContentAsByteArray());
  }

  void refused(String user, String path, int status, String message) throws Exception {
    MockHttpServletResponse response = as(user, path);
    assertThat(response.getStatus()).as(user + " " + path).isEqualTo(status);
    assertThat(response.getErrorMessage()).as(user + " " + path).contains(message);
    assertThat(response.getContentAsByteArray()).as("no document for " + user).isEmpty();
  }

  @Test
  void theTalkRecordGoesToTheOfficeTheTalkerTheTalkeeAndTheUnitsItWasCopiedTo() throws Exception {
    // a talk not yet held has no record
    clockAt(LocalDate.of(2027, 1, 5), 9);
    ProcessInstance notHeld = runtime.startProcessInstanceByKey("regularTalk", vars(
        "organizationId", "xiling", "talkerId", "lijianguo",
        "plannedTalkDate", "2027-02-25", "planYear", 2027));
    refused("liuyang", "/api/talks/" + notHeld.getId() + "/record.docx", 404, "尚未开展");
    refused("majun", "/api/talks/" + notHeld.getId() + "/record.docx", 404, UnseenTalk.MESSAGE);

    ProcessInstance talk = heldTalk();
    String path = "/api/talks/" + talk.getId() + "/record.docx";
    for (String reader : new String[] {"liuyang", "lijianguo", "wanghai", "zhenghua", "xuming"}) {
      String text = read(reader, path);
      assertThat(text).as(reader).startsWith("监督谈话记录")
          .contains("谈话类型 | 定期谈话 | 谈话时间 | 2027年1月31日", "谈话人 | 李建国 | 职务 | 市委书记",
              "被谈话人 | 王海 | 职务 | 青山县委书记", "参加人员 | 郑华(市纪委监委)",
              "(一)被谈话人报告自查情况\n报告了自查发现的三方面问题",
              "(二)谈话人通报有关情况,严肃指出问题\n1. 落实主体责任有温差\n2. 选人用人把关不严",
              "(三)被谈话人就有关问题作说明\n对问题作了说明", "(四)谈话人提出整改要求\n1. 一个月内制定整改方案",
              "(五)被谈话人作表态发言\n坚决整改到位", "谈话人(签字):", "被谈话人(签字):")
          // the record never holds the units' material, the talker's notes or the self-inspection report
          .doesNotContain("提供的情况", "主体责任压得不实", "巡察反馈意见", "对照规定查找出三方面问题");
    }
    // units that supplied material but were not copied the record, other members, the talkee's team
    for (String other : new String[] {"majun", "zhuhong", "hulin", "zhaomin", "liuzhiyuan", "xiedong"}) {
      refused(other, path, 404, UnseenTalk.MESSAGE);
      refused(other, "/api/talks/" + talk.getId() + "/record.pdf", 404, UnseenTalk.MESSAGE);
    }
    assertThat(as(null, path).getStatus()).isEqualTo(401);
    refused("liuyang", "/api/talks/no-such-talk/record.docx", 404, UnseenTalk.MESSAGE);
    refused("liuyang", "/api/talks/" + talk.getId() + "/archive.docx", 404, UnseenTalk.MESSAGE);
    // PDF needs LibreOffice: not configured here
    refused("wanghai", "/api/talks/" + talk.getId() + "/record.pdf", 503, "未配置 PDF 转换");
  }

  @Test
  void theArchiveGivesEachReaderWhatTheArchiveApiGivesThem() throws Exception {
    ProcessInstance talk = heldTalk();
    // archived with a copy to the inspection office besides the discipline body and the department
    RectificationSteps steps = new RectificationSteps(engine);
    ProcessInstance rectification = rectificationOf(talk);
    steps.submitMeasures(rectification, false);
    steps.review(rectification, "reviewMeasures", "ACCEPT", null);
    steps.submitResults(rectification);
    steps.review(rectification, "reviewResults", "RECTIFIED", null);
    steps.archive(rectification, "inspection");
    runJobs();
    String path = "/api/talks/" + talk.getId() + "/archive.docx";

    for (String full : new String[] {"liuyang", "lijianguo"}) {
      assertThat(read(full, path)).as(full).startsWith("监督谈话归档材料")
          .contains("被谈话人 | 王海 | 谈话人 | 李建国", "(五)被谈话人作表态发言\n坚决整改到位",
              "discipline提供的情况", "organization提供的情况", "propaganda提供的情况",
              "inspection提供的情况", "audit提供的情况", "派员参与谈话: 郑华",
              "1. 建立主体责任清单", "各项措施均已落实", "审核结论: 整改到位。",
              "抄送: 市纪委监委、市委巡察办、市委组织部。")
          .doesNotContain("主体责任压得不实");
    }
    assertThat(read("wanghai", path)).contains("(一)被谈话人报告自查情况", "本件不含协作单位提供的材料。",
        "各项措施均已落实").doesNotContainPattern("[a-z]+提供的情况").doesNotContain("主体责任压得不实");
    assertThat(read("zhenghua", path)).contains("(二)谈话人通报有关情况,严肃指出问题", "discipline提供的情况",
        "各项措施均已落实").doesNotContain("organization提供的情况", "inspection提供的情况", "主体责任压得不实");
    assertThat(read("zhuhong", path)).contains("inspection提供的情况", "审核结论: 整改到位。")
        .doesNotContain("discipline提供的情况", "audit提供的情况");
    // the archive copied to the inspection office brings the record with it
    assertThat(read("zhuhong", "/api/talks/" + talk.getId() + "/record.docx")).startsWith("监督谈话记录");

    for (String other : new String[] {"majun", "hulin", "zhaomin", "liuzhiyuan"}) {
      refused(other, path, 404, UnseenTalk.MESSAGE);
    }
    refused("liuyang", "/api/talks/no-such-talk/archive.docx", 404, UnseenTalk.MESSAGE);
    refused("liuyang", "/api/talks/" + talk.getId() + "/archive.pdf", 503, "未配置 PDF 转换");
  }
}
