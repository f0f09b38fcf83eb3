package cn.supervisiontalk.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.supervisiontalk.archive.ArchiveRecord;
import cn.supervisiontalk.archive.ArchiveRecord.Archiving;
import cn.supervisiontalk.archive.ArchiveRecord.Content;
import cn.supervisiontalk.archive.ArchiveRecord.Parties;
import cn.supervisiontalk.archive.ArchiveRecord.Rectification;
import cn.supervisiontalk.archive.ArchiveText;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The archive's text lists the files kept with the talk (「六、附件」), only of the parts the record
 * carries: a unit's copy has neither the self-inspection's files nor another unit's.
 */
class ArchiveAttachmentListTest {

  private static final OffsetDateTime AT = OffsetDateTime.parse("2027-05-10T10:00:00+08:00");

  private static Attachment file(long id, AttachmentPart part, String unit, String name, long size) {
    return new Attachment(id, "talk-1", "task-" + id, part.taskKey(), part, part.label(), unit, name,
        "application/pdf", size, "0".repeat(64), "u", "某人", AT);
  }

  private final ArchiveText text = new ArchiveText();

  ArchiveAttachmentListTest() {
    AttachmentCatalog catalog = new AttachmentCatalog(null) {
      @Override
      public List<Attachment> ofTalk(String talkId) {
        return List.of(
            file(1, AttachmentPart.SELF_INSPECTION, null, "自查报告.pdf", 2048),
            file(2, AttachmentPart.MATERIAL, "discipline", "信访情况.pdf", 3 * 1048576L / 2),
            file(3, AttachmentPart.MATERIAL, "audit", "审计报告.pdf", 500),
            file(4, AttachmentPart.TALK_RECORD, null, "谈话记录签字页.pdf", 1024));
      }
    };
    ReflectionTestUtils.setField(text, "attachments", catalog);
  }

  private static ArchiveRecord record(boolean withSelfInspection, List<String> units) {
    Map<String, Object> talkRecord = new HashMap<>();
    if (withSelfInspection) {
      talkRecord.put("selfInspectionReport", "自查");
    }
    Map<String, String> names = Map.of("discipline", "市纪委监委", "audit", "市审计局");
    return new ArchiveRecord("talk-1",
        new Parties("REGULAR", "xiling", "西岭县委", "lijianguo", "李建国", "gaojianhua", "高建华",
            null, null, null),
        new Content(talkRecord, units.stream()
            .map(u -> Map.<String, Object>of("unit", u, "unitName", names.get(u), "material", "…"))
            .toList()),
        new Rectification(null, List.of(), null, null, null, null, null, null, List.of(), List.of()),
        new Archiving(null, null, null, List.of()));
  }

  @Test
  void theFullRecordListsEveryFile() {
    String rendered = text.render(record(true, List.of("discipline", "audit")));
    assertThat(rendered).contains("六、附件\n【自查报告】自查报告.pdf(2KB)\n"
        + "【协作单位材料·市纪委监委】信访情况.pdf(1.5MB)\n【协作单位材料·市审计局】审计报告.pdf(500字节)\n"
        + "【谈话记录】谈话记录签字页.pdf(1KB)");
  }

  @Test
  void aUnitsCopyListsOnlyItsOwnMaterialAndTheCopiedParts() {
    String rendered = text.render(record(false, List.of("discipline")));
    assertThat(rendered).contains("信访情况.pdf", "谈话记录签字页.pdf")
        .doesNotContain("自查报告.pdf", "审计报告.pdf");
  }
}
