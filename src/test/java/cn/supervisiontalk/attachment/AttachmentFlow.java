package cn.supervisiontalk.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.supervisiontalk.attachment.ApiClient.Answer;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Attachments over REST through a real regular talk (demo seeds: 青山县委, talkee 王海 wanghai,
 * talker 李建国 lijianguo): a unit's member and the talkee upload in their open tasks; types by
 * content, oversize and refused types leave nothing behind; who may list, download and remove while
 * the task is open and after it is completed; a talkee never gets a unit's file. The attachment
 * limit is {@link #LIMIT} bytes (the test's configuration).
 */
final class AttachmentFlow {

  static final int LIMIT = 64 * 1024;
  static final String OFFICE = "liuyang";
  static final String TALKEE = "wanghai";
  static final String TALKER = "lijianguo";
  static final String DISCIPLINE = "zhenghua";
  static final String ORGANIZATION = "xuming";

  private final String base;
  private final JdbcClient jdbc;

  AttachmentFlow(String base, JdbcClient jdbc) {
    this.base = base;
    this.jdbc = jdbc;
  }

  private ApiClient as(String user) {
    return new ApiClient(base, user);
  }

  void run() {
    String talkId = startTalk();
    JsonNode material = awaitTask(talkId, "provideMaterial", "&candidateGroup=discipline");
    JsonNode self = awaitTask(talkId, "selfInspection", "");
    String materialTask = material.path("id").asText();
    String selfTask = self.path("id").asText();
    String materialFiles = "/api/tasks/" + materialTask + "/attachments";
    String selfFiles = "/api/tasks/" + selfTask + "/attachments";

    // a unit's member (a candidate of the unclaimed task) uploads a PDF
    JsonNode pdf = as(DISCIPLINE).upload(materialFiles, "廉洁自律情况.pdf", SampleFiles.pdf(2000))
        .expect(201).json();
    assertThat(pdf.path("contentType").asText()).isEqualTo("application/pdf");
    assertThat(pdf.path("partLabel").asText()).isEqualTo("协作单位材料");
    assertThat(pdf.path("unit").asText()).isEqualTo("discipline");
    assertThat(pdf.path("sha256").asText()).hasSize(64);
    assertThat(pdf.path("uploadedByName").asText()).isEqualTo("郑华");
    long pdfId = pdf.path("id").asLong();
    assertThat(as(DISCIPLINE).get(materialFiles).expect(200).json()).hasSize(1);
    Answer download = as(DISCIPLINE).get("/api/attachments/" + pdfId).expect(200);
    assertThat(download.raw().body()).isEqualTo(SampleFiles.pdf(2000));
    assertThat(download.raw().headers().firstValue("Content-Disposition").orElse(""))
        .contains("filename*=UTF-8''" + URLEncoder.encode("廉洁自律情况.pdf", StandardCharsets.UTF_8));
    assertThat(download.raw().headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/pdf");

    // the talkee, another unit, the talker: not while the unit's task is open; the office may
    assertThat(as(TALKEE).get("/api/attachments/" + pdfId).expect(403).message()).contains("无权");
    as(TALKEE).get(materialFiles).expect(403);
    as(ORGANIZATION).get("/api/attachments/" + pdfId).expect(403);
    as(TALKER).get("/api/attachments/" + pdfId).expect(403);
    as(OFFICE).get("/api/attachments/" + pdfId).expect(200);
    as(TALKEE).upload(materialFiles, "a.pdf", SampleFiles.pdf(10)).expect(403);

    // refused: a program named .pdf, a file over the limit, an empty file; nothing left behind
    int before = rows(talkId);
    assertThat(as(DISCIPLINE).upload(materialFiles, "材料.pdf", SampleFiles.exe()).expect(415)
        .message()).contains("不支持该文件类型");
    assertThat(as(DISCIPLINE).upload(materialFiles, "大文件.pdf", SampleFiles.pdf(LIMIT + 1))
        .expect(413).message()).contains("附件不能超过64KB");
    as(DISCIPLINE).upload(materialFiles, "空.pdf", new byte[0]).expect(400);
    assertThat(rows(talkId)).isEqualTo(before);

    // the talkee's self-inspection: PNG bytes named .pdf are kept as what they are, a PNG
    JsonNode png = as(TALKEE).upload(selfFiles, "自查扫描件.pdf", SampleFiles.png()).expect(201).json();
    assertThat(png.path("contentType").asText()).isEqualTo("image/png");
    assertThat(png.path("fileName").asText()).isEqualTo("自查扫描件.png");
    long pngId = png.path("id").asLong();
    as(TALKEE).get("/api/attachments/" + pngId).expect(200);
    as(DISCIPLINE).get("/api/attachments/" + pngId).expect(403);

    // removal before completion: only by who may work on the task
    long extra = as(DISCIPLINE).upload(materialFiles, "补充.docx",
        SampleFiles.zip("[Content_Types].xml", "word/document.xml")).expect(201).json().path("id").asLong();
    as(ORGANIZATION).send("DELETE", materialFiles + "/" + extra, null).expect(403);
    as(TALKEE).send("DELETE", materialFiles + "/" + extra, null).expect(403);
    as(DISCIPLINE).send("DELETE", selfFiles + "/" + extra, null).expect(404);
    as(DISCIPLINE).send("DELETE", materialFiles + "/" + extra, null).expect(204);
    as(DISCIPLINE).get("/api/attachments/" + extra).expect(404);
    // once claimed, the other members of the unit no longer change its files
    as(DISCIPLINE).send("POST", "/engine-rest/task/" + materialTask + "/claim",
        Map.of("userId", DISCIPLINE)).expect(204);

    // a task without documents takes no files
    JsonNode prepare = awaitTask(talkId, "prepareTalk", "");
    as(TALKER).upload("/api/tasks/" + prepare.path("id").asText() + "/attachments", "a.pdf",
        SampleFiles.pdf(10)).expect(400);

    // both tasks completed: the files stay with the talk, unchangeable
    as(DISCIPLINE).send("POST", "/engine-rest/task/" + materialTask + "/submit-form",
        Map.of("variables", Map.of("material", as(DISCIPLINE).string("纪委监委材料")))).expect(204);
    as(TALKEE).send("POST", "/engine-rest/task/" + selfTask + "/submit-form",
        Map.of("variables", Map.of("selfInspectionReport", as(TALKEE).string("自查报告")))).expect(204);
    assertThat(as(DISCIPLINE).send("DELETE", materialFiles + "/" + pdfId, null).expect(409)
        .message()).contains("已办结");
    as(DISCIPLINE).upload(materialFiles, "迟交.pdf", SampleFiles.pdf(10)).expect(404);

    // afterwards, by part: the talkee never a unit's file
    assertThat(as(TALKEE).get("/api/attachments/" + pdfId).expect(403).message()).contains("无权");
    as(TALKEE).get(materialFiles).expect(403);
    as(TALKEE).get("/api/attachments/" + pngId).expect(200);
    as(TALKER).get("/api/attachments/" + pdfId).expect(200);
    as(TALKER).get("/api/attachments/" + pngId).expect(200);
    as(DISCIPLINE).get("/api/attachments/" + pdfId).expect(200);
    as(DISCIPLINE).get("/api/attachments/" + pngId).expect(403);
    as(ORGANIZATION).get("/api/attachments/" + pdfId).expect(403);
    assertThat(names(as(TALKEE).get("/api/talks/" + talkId + "/attachments").expect(200).json()))
        .containsExactly("自查扫描件.png");
    assertThat(names(as(DISCIPLINE).get("/api/talks/" + talkId + "/attachments").expect(200).json()))
        .containsExactly("廉洁自律情况.pdf");
    assertThat(names(as(OFFICE).get("/api/talks/" + talkId + "/attachments").expect(200).json()))
        .containsExactly("廉洁自律情况.pdf", "自查扫描件.png");
    assertThat(names(as(TALKER).get(materialFiles).expect(200).json()))
        .containsExactly("廉洁自律情况.pdf");
    copiedParts(talkId, pdfId, pngId);
    as(OFFICE).get("/api/talks/no-such-talk/attachments").expect(404);
    as(OFFICE).get("/api/attachments/999999").expect(404);
    as(OFFICE).get("/api/attachments/abc").expect(400);
    assertThat(rows(talkId)).isEqualTo(2);
  }

  /**
   * Copy recipients: a file of the talk record (kept as the completed holdTalk task would keep it)
   * reaches the organization department once the record was copied to it (talk_copy), never the
   * units' material or the self-inspection; the whole archive copied (archive_copy) gives the
   * measures and results too.
   */
  private void copiedParts(String talkId, long unitFile, long selfFile) {
    long record = keep(talkId, AttachmentPart.TALK_RECORD);
    long measures = keep(talkId, AttachmentPart.MEASURES);
    as(ORGANIZATION).get("/api/attachments/" + record).expect(403);
    jdbc.sql("insert into talk_copy (id, talk_id, part, content, copied_at)"
            + " values (:id, :talk, 'TALK_RECORD', '{}', current_timestamp)")
        .param("id", "copy-" + talkId).param("talk", talkId).update();
    jdbc.sql("insert into talk_copy_recipient (copy_id, recipient_group) values (:id, 'organization')")
        .param("id", "copy-" + talkId).update();
    as(ORGANIZATION).get("/api/attachments/" + record).expect(200);
    as(ORGANIZATION).get("/api/attachments/" + measures).expect(403);
    as(ORGANIZATION).get("/api/attachments/" + unitFile).expect(403);
    as(ORGANIZATION).get("/api/attachments/" + selfFile).expect(403);
    as(TALKEE).get("/api/attachments/" + record).expect(200);
    as(TALKEE).get("/api/attachments/" + measures).expect(200);
    jdbc.sql("insert into archive_copy (talk_id, recipient_group) values (:talk, 'organization')")
        .param("talk", talkId).update();
    assertThat(names(as(ORGANIZATION).get("/api/talks/" + talkId + "/attachments").expect(200).json()))
        .containsExactly("谈话记录签字页.pdf", "整改措施.pdf");
    as(ORGANIZATION).get("/api/attachments/" + unitFile).expect(403);
    jdbc.sql("delete from talk_attachment where id in (:ids)").param("ids", List.of(record, measures))
        .update();
    jdbc.sql("delete from archive_copy where talk_id = :talk").param("talk", talkId).update();
  }

  /** A file of a completed task of the talk, stored as the application stores it. */
  private long keep(String talkId, AttachmentPart part) {
    String name = part == AttachmentPart.TALK_RECORD ? "谈话记录签字页.pdf" : "整改措施.pdf";
    jdbc.sql("insert into talk_attachment (talk_id, task_id, task_key, part, file_name, content_type,"
            + " size_bytes, sha256, content, uploaded_by, uploaded_at) values (:talk, :task, :key,"
            + " :part, :name, 'application/pdf', 10, :sha, :content, 'lijianguo', current_timestamp)")
        .param("talk", talkId).param("task", "done-" + part.taskKey()).param("key", part.taskKey())
        .param("part", part.name()).param("name", name).param("sha", "0".repeat(64))
        .param("content", SampleFiles.pdf(10)).update();
    return jdbc.sql("select id from talk_attachment where talk_id = :talk and part = :part")
        .param("talk", talkId).param("part", part.name()).query(Long.class).single();
  }

  private int rows(String talkId) {
    return jdbc.sql("select count(*) from talk_attachment where talk_id = :talk").param("talk", talkId)
        .query(Integer.class).single();
  }

  private static List<String> names(JsonNode list) {
    List<String> names = new ArrayList<>();
    list.forEach(a -> names.add(a.path("fileName").asText()));
    return names;
  }

  private String startTalk() {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    LocalDate planned = today.plusDays(3).getYear() == today.getYear() ? today.plusDays(3) : today;
    ApiClient office = as(OFFICE);
    Map<String, Object> variables = Map.of(
        "organizationId", office.string("qingshan"),
        "talkerId", office.string(TALKER),
        "plannedTalkDate", office.string(planned.toString()),
        "planYear", Map.of("value", planned.getYear(), "type", "Integer"),
        "additionalTalk", Map.of("value", true, "type", "Boolean"));
    String instance = office.send("POST", "/engine-rest/process-definition/key/regularTalk/submit-form",
        Map.of("variables", variables)).expect(200).json().path("id").asText();
    return as("admin").get("/engine-rest/process-instance/" + instance).expect(200).json()
        .path("businessKey").asText();
  }

  /** The talk's first open task of this kind, waiting 15 s at most. */
  private JsonNode awaitTask(String talkId, String key, String more) {
    String path = "/engine-rest/task?processInstanceBusinessKey="
        + URLEncoder.encode(talkId, StandardCharsets.UTF_8) + "&taskDefinitionKey=" + key + more;
    List<JsonNode> found = new ArrayList<>();
    await(key).atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).until(() -> {
      found.clear();
      as("admin").get(path).expect(200).json().forEach(found::add);
      return !found.isEmpty();
    });
    return found.get(0);
  }
}
