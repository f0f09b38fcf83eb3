package cn.supervisiontalk.document;

import static cn.supervisiontalk.document.DocumentValues.day;
import static cn.supervisiontalk.document.DocumentValues.numbered;
import static cn.supervisiontalk.document.DocumentValues.paragraphs;
import static cn.supervisiontalk.document.DocumentValues.text;

import cn.supervisiontalk.talk.Talk;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of the talk record (documents/talk-record.docx, article 10): who talked to whom, when
 * and with whom present, and the five steps as the talker recorded them. The record is exactly
 * what the record copied to the units holds ({@code CopyContent}): never the talker's preparation,
 * the talkee's self-inspection report, a timely talk's facts and evidence or the units' material.
 */
final class TalkRecordValues {

  private TalkRecordValues() {
  }

  /**
   * The values for the held talk: the talker's post in the committee's leadership team (empty
   * when not recorded), the short name of the organization the talkee leads (the template names his
   * post with it: 青山县委书记) and the record's five steps.
   */
  static Map<String, Object> of(Talk talk, String talkerTitle, String talkeeOrganization,
      Map<String, Object> record) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("talkType", talk.talkType().label());
    values.put("talkDate", day(talk.talkDate()));
    values.put("talkerName", talk.talkerName());
    values.put("talkerTitle", text(talkerTitle));
    values.put("talkeeName", talk.talkeeName());
    values.put("talkeeOrganization", text(talkeeOrganization));
    values.put("organizationName", talk.organizationName());
    values.put("attendees", text(record.get("attendees")));
    values.put("timely", record.containsKey("triggerLabel"));
    values.put("triggerLabel", text(record.get("triggerLabel")));
    values.putAll(fiveSteps(record));
    return values;
  }

  /**
   * The five steps (article 10) as {@code selfInspectionStep} (a timely talk's record may have
   * none), {@code selfInspectionHeard}, {@code problems}, {@code explanation}, {@code requirements}
   * and {@code commitment}; the archive shows them the same way.
   */
  static Map<String, Object> fiveSteps(Map<String, Object> record) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("selfInspectionStep", record.get("selfInspectionHeard") != null);
    values.put("selfInspectionHeard", paragraphs(record.get("selfInspectionHeard")));
    values.put("problems", numbered((List<?>) record.get("problems")));
    values.put("explanation", paragraphs(record.get("explanation")));
    values.put("requirements", numbered((List<?>) record.get("requirements")));
    values.put("commitment", paragraphs(record.get("commitment")));
    return values;
  }
}
