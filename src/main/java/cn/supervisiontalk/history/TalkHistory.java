package cn.supervisiontalk.history;

import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.talk.Talk;
import cn.supervisiontalk.talk.TalkRecords;
import cn.supervisiontalk.talk.TalkType;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The talks held and under way, as their records know them (never the engine's history, which is
 * deleted after its time to live): a talk counts as held once its talk record is kept. For coverage,
 * plan status and the annual report.
 */
@Component
public class TalkHistory {

  public static final String REGULAR = "regularTalk";
  public static final String TIMELY = "timelyTalk";

  private final TalkRecords talks;
  private final Deadlines deadlines;

  public TalkHistory(TalkRecords talks, Deadlines deadlines) {
    this.talks = talks;
    this.deadlines = deadlines;
  }

  public List<TalkInstance> regularTalks() {
    return talks.ofType(TalkType.REGULAR).stream().map(t -> instance(t, REGULAR)).toList();
  }

  public List<TalkInstance> timelyTalks() {
    return talks.ofType(TalkType.TIMELY).stream().map(t -> instance(t, TIMELY)).toList();
  }

  private TalkInstance instance(Talk talk, String processKey) {
    return new TalkInstance(talk.id(), processKey, talk.organizationId(), talk.talkeeId(),
        talk.talkerId(), talk.plannedTalkDate(), talk.talkDate(), talk.planItemId(),
        talk.triggerCode(), talk.startedOn(deadlines.zone()), talk.cancelled());
  }
}
