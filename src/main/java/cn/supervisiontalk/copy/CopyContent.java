package cn.supervisiontalk.copy;

import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.rectification.Review;
import cn.supervisiontalk.rectification.ReviewRepository;
import cn.supervisiontalk.talk.Talk;
import cn.supervisiontalk.talk.TalkParts.Measures;
import cn.supervisiontalk.talk.TalkParts.Notes;
import cn.supervisiontalk.talk.TalkRecords;
import cn.supervisiontalk.talk.TalkStage;
import cn.supervisiontalk.talk.TalkType;
import cn.supervisiontalk.talk.Trigger;
import cn.supervisiontalk.validation.Lines;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What a copy of each part holds, taken from the talk's record when the part is copied, and how it
 * reads. Exactly the part (article 16): the record's five steps; the accepted measures with the
 * talkee's reflections; the results with the office's review. Never the talker's preparation, the
 * talkee's self-inspection report, a timely talk's facts and evidence or the units' material.
 */
@Component
public class CopyContent {

  private static final Map<String, String> REVIEWS = Map.of(
      "RECTIFIED", "整改到位", "PERFUNCTORY", "敷衍整改", "FALSE_RECTIFICATION", "虚假整改",
      "UNTRUTHFUL", "未如实报告整改情况");

  private final TalkRecords talks;
  private final ReviewRepository reviews;
  private final Deadlines deadlines;

  public CopyContent(TalkRecords talks, ReviewRepository reviews, Deadlines deadlines) {
    this.talks = talks;
    this.reviews = reviews;
    this.deadlines = deadlines;
  }

  /** The part of the talk as it stands now, to be copied. */
  public Map<String, Object> of(Talk talk, CopiedPart part) {
    return switch (part) {
      case TALK_RECORD -> record(talk);
      case MEASURES -> measures(talk.id());
      case RESULTS -> results(talk);
    };
  }

  private Map<String, Object> record(Talk talk) {
    Notes notes = talks.notes(talk.id());
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("talkDate", notes.talkDate() == null ? null : notes.talkDate().toString());
    record.put("attendees", notes.attendees());
    if (talk.talkType() == TalkType.TIMELY && talk.triggerCode() != null) {
      Trigger trigger = Trigger.of(talk.triggerCode());
      record.put("triggerLabel", trigger == null ? talk.triggerCode() : trigger.label());
    }
    if (notes.selfInspectionHeard() != null) {
      record.put("selfInspectionHeard", notes.selfInspectionHeard());
    }
    record.put("problems", Lines.of(notes.problems()));
    record.put("explanation", notes.explanation());
    record.put("requirements", Lines.of(notes.requirements()));
    record.put("commitment", notes.commitment());
    return record;
  }

  private Map<String, Object> measures(String talkId) {
    Measures measures = talks.measures(talkId);
    List<Map<String, Object>> list = new ArrayList<>();
    Lines.of(measures.firstResponsibilityMeasures()).forEach(m -> list.add(measure(m, true)));
    Lines.of(measures.otherMeasures()).forEach(m -> list.add(measure(m, false)));
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("reflections", measures.reflections());
    content.put("measures", list);
    return content;
  }

  private static Map<String, Object> measure(String text, boolean firstResponsibility) {
    Map<String, Object> measure = new LinkedHashMap<>();
    measure.put("content", text);
    measure.put("firstResponsibility", firstResponsibility);
    return measure;
  }

  /** The results and the office's review just made; a second round ordered, with its new date. */
  private Map<String, Object> results(Talk talk) {
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("results", talks.results(talk.id()).results());
    Review review = reviews.findByTalk(talk.id()).stream()
        .filter(r -> r.stage() == Review.Stage.RESULTS).reduce((first, second) -> second).orElse(null);
    if (review != null) {
      content.put("decision", review.decision());
      content.put("decisionLabel", REVIEWS.getOrDefault(review.decision(), review.decision()));
      content.put("comment", review.comment());
    }
    boolean secondRound = review != null && !"RECTIFIED".equals(review.decision())
        && talk.stage() == TalkStage.RECTIFICATION && talk.resultsDue() != null;
    if (secondRound) {
      content.put("secondRoundDue", talk.resultsDue().atZoneSameInstant(deadlines.zone())
          .toLocalDate().toString());
    }
    return content;
  }

  /** The copied part as people read it in Tasklist. */
  public static String text(CopiedPart part, Map<String, Object> content) {
    StringBuilder t = new StringBuilder();
    switch (part) {
      case TALK_RECORD -> {
        line(t, "谈话日期", day(content.get("talkDate")));
        line(t, "参加人员", content.get("attendees"));
        if (content.containsKey("triggerLabel")) {
          line(t, "谈话情形", content.get("triggerLabel"));
        }
        if (content.containsKey("selfInspectionHeard")) {
          line(t, "(一)被谈话人报告自查情况", content.get("selfInspectionHeard"));
        }
        list(t, "(二)谈话人指出的问题", (List<?>) content.get("problems"));
        line(t, "(三)被谈话人的说明", content.get("explanation"));
        list(t, "(四)整改要求", (List<?>) content.get("requirements"));
        line(t, "(五)表态发言", content.get("commitment"));
      }
      case MEASURES -> {
        line(t, "谈话后的思想认识", content.get("reflections"));
        List<String> measures = new ArrayList<>();
        for (Object item : (List<?>) content.getOrDefault("measures", List.of())) {
          Map<?, ?> measure = (Map<?, ?>) item;
          measures.add(measure.get("content")
              + (Boolean.TRUE.equals(measure.get("firstResponsibility")) ? "(第一责任人职责)" : ""));
        }
        list(t, "整改措施", measures);
      }
      case RESULTS -> {
        line(t, "整改情况报告", content.get("results"));
        line(t, "办公室审核结论", content.get("decisionLabel"));
        if (content.get("comment") != null) {
          line(t, "审核意见", content.get("comment"));
        }
        if (content.get("secondRoundDue") != null) {
          line(t, "责令重新整改", "重新报告整改情况截止"
              + Deadlines.dayText(LocalDate.parse(String.valueOf(content.get("secondRoundDue")))));
        }
      }
    }
    return t.toString().stripTrailing();
  }

  private static String day(Object isoDate) {
    return isoDate == null ? "" : Deadlines.dayText(LocalDate.parse(String.valueOf(isoDate)));
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
}
