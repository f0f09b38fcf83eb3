package cn.supervisiontalk.archive;

import cn.supervisiontalk.archive.ArchiveRecord.Parties;
import cn.supervisiontalk.archive.ArchiveRecord.Rectification;
import cn.supervisiontalk.attachment.AttachmentCatalog;
import cn.supervisiontalk.attachment.AttachmentPart;
import cn.supervisiontalk.rectification.TeamNoticeRepository;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Renders an archive record as the Chinese text people read in Tasklist. */
@Component
public class ArchiveText {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
  private static final Map<String, String> TYPES = Map.of("REGULAR", "定期谈话", "TIMELY", "及时谈话");
  private static final Map<String, String> DECISIONS = Map.of(
      "ACCEPT", "通过", "RETURN", "退回", "RECTIFIED", "整改到位",
      "PERFUNCTORY", "敷衍整改", "FALSE_RECTIFICATION", "虚假整改", "UNTRUTHFUL", "未如实报告整改情况");
  private static final Map<String, String> MISSED = Map.of(
      "MEASURES_OVERDUE", "整改措施逾期", "RESULTS_OVERDUE", "整改情况逾期",
      "PREPARATION_OVERDUE", "谈话准备逾期(谈话人)", "TALK_RECORD_OVERDUE", "谈话记录逾期(谈话人)",
      "OFFICE_OVERDUE", "办公室办理逾期");

  /** Whether the talkee informed his own team (article 11); absent where no database is (unit tests). */
  @Autowired(required = false)
  private TeamNoticeRepository teamNotices;

  /** The files kept with the talk; absent where no database is (unit tests). */
  @Autowired(required = false)
  private AttachmentCatalog attachments;

  public String render(ArchiveRecord r) {
    Parties p = r.parties();
    Map<String, Object> record = r.content().talkRecord();
    Rectification x = r.rectification();
    StringBuilder t = new StringBuilder();
    line(t, "谈话类型", TYPES.getOrDefault(p.talkType(), p.talkType()));
    if (record.get("triggerLabel") != null) {
      line(t, "谈话情形", record.get("triggerLabel"));
      line(t, "事实和依据", record.get("facts"));
    }
    line(t, "被谈话人", p.talkeeName() + "(" + p.organizationName() + ")");
    line(t, "谈话人", p.talkerName());
    line(t, "谈话日期", p.talkDate() == null ? "" : DAY.format(p.talkDate()));
    line(t, "参加人员", p.attendees());
    t.append("\n一、谈话记录\n");
    line(t, "(一)被谈话人报告自查情况", record.get("selfInspectionHeard"));
    list(t, "(二)谈话人指出的问题", (List<?>) record.get("problems"));
    line(t, "(三)被谈话人的说明", record.get("explanation"));
    list(t, "(四)整改要求", (List<?>) record.get("requirements"));
    line(t, "(五)表态发言", record.get("commitment"));
    t.append("\n二、协作单位提供的材料\n");
    for (Map<String, Object> m : r.content().materials()) {
      t.append("【").append(m.get("unitName")).append("】").append(m.get("material")).append('\n');
    }
    t.append("\n三、整改措施(截止").append(day(x.measuresDue())).append(",报告于")
        .append(day(x.measuresSubmittedAt())).append(")\n");
    line(t, "思想认识", x.reflections());
    int i = 1;
    for (Map<String, Object> m : x.measures()) {
      t.append(i++).append(". ").append(m.get("content"))
          .append(Boolean.TRUE.equals(m.get("firstResponsibility")) ? "(第一责任人职责)" : "")
          .append('\n');
    }
    if (teamNotices != null && x.measures().stream().anyMatch(m -> Boolean.TRUE.equals(m.get("firstResponsibility")))) {
      line(t, "向领导班子其他成员通报", teamNotices.describe(r.talkId()));
    }
    t.append("\n四、整改情况(截止").append(day(x.resultsDue())).append(",报告于")
        .append(day(x.resultsSubmittedAt())).append(")\n");
    t.append(x.results() == null ? "" : x.results()).append('\n');
    t.append("\n五、审核\n");
    for (Map<String, Object> review : x.reviews()) {
      t.append("MEASURES".equals(review.get("stage")) ? "整改措施: " : "整改情况: ")
          .append(DECISIONS.getOrDefault(String.valueOf(review.get("decision")), ""))
          .append(review.get("comment") == null ? "" : "。" + review.get("comment")).append('\n');
    }
    line(t, "审核结论", DECISIONS.getOrDefault(String.valueOf(x.outcome()), ""));
    line(t, "逾期情况", x.missedDeadlines().isEmpty() ? "无"
        : String.join("、", x.missedDeadlines().stream().map(MISSED::get).toList()));
    if (attachments != null) {
      attachmentList(t, r);
    }
    String remark = r.archiving().remark();
    if (remark != null && !remark.isBlank()) {
      line(t, "备注", remark);
    }
    return t.toString().stripTrailing();
  }

  /**
   * 「六、附件」: the files of the parts this record carries (the self-inspection only where its
   * report is there, a unit's material only where that unit's material is).
   */
  private void attachmentList(StringBuilder t, ArchiveRecord r) {
    List<String> lines = attachmentLines(r);
    t.append("\n六、附件\n");
    if (lines.isEmpty()) {
      t.append("无\n");
    }
    lines.forEach(l -> t.append(l).append('\n'));
  }

  /**
   * The archive's attachments, one line each: the files of the parts this record carries (the
   * self-inspection only where its report is there, a unit's material only where that unit's
   * material is). Empty where no attachments are kept (unit tests without a database).
   */
  public List<String> attachmentLines(ArchiveRecord r) {
    if (attachments == null) {
      return List.of();
    }
    Map<String, String> unitNames = new java.util.HashMap<>();
    r.content().materials().forEach(m -> unitNames.put(String.valueOf(m.get("unit")),
        String.valueOf(m.get("unitName"))));
    boolean selfInspection = r.content().talkRecord().containsKey("selfInspectionReport");
    List<String> lines = attachments.ofTalk(r.talkId()).stream()
        .filter(a -> a.part() != AttachmentPart.SELF_INSPECTION || selfInspection)
        .filter(a -> a.part() != AttachmentPart.MATERIAL || unitNames.containsKey(a.unit()))
        .map(a -> AttachmentCatalog.line(a, a.part() == AttachmentPart.MATERIAL
            ? unitNames.get(a.unit()) : null))
        .toList();
    return lines;
  }

  private static void line(StringBuilder t, String label, Object value) {
    t.append(label).append(": ").append(value == null ? "" : value).append('\n');
  }

  private static void list(StringBuilder t, String label, List<?> items) {
    t.append(label).append(":\n");
    int i = 1;
    for (Object item : items == null ? List.of() : items) {
      t.append("  ").append(i++).append(". ").append(item).append('\n');
    }
  }

  private static String day(OffsetDateTime time) {
    return time == null ? "—" : DAY.format(time.atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai")));
  }
}
