package cn.supervisiontalk.talk;

import cn.supervisiontalk.security.CommitteeGroups;
import cn.supervisiontalk.organization.Directory;
import cn.supervisiontalk.security.Roles;
import cn.supervisiontalk.validation.FormContext;
import cn.supervisiontalk.validation.FormDefaultSource;
import cn.supervisiontalk.validation.FormOption;
import cn.supervisiontalk.validation.FormOptionSource;
import cn.supervisiontalk.validation.JsonValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may be recorded as attending a talk (article 6: the cooperating units may send someone), for
 * the talk record's picker:
 * <ul>
 *   <li>{@code "options": "talkAttendees"}: first the people the units named when supplying their
 *       material, then the other staff of the talk's cooperating units and of the office (who
 *       may keep the record), each labelled with the unit (郑华(市纪委监委));</li>
 *   <li>{@code "default": "namedAttendees"}: the people the units named, already ticked.</li>
 * </ul>
 */
@Component
public class TalkAttendees implements FormOptionSource, FormDefaultSource {

  private final CommitteeGroups committeeGroups;

  static final String ATTENDEES = "talkAttendees";
  static final String NAMED = "namedAttendees";

  private final MaterialRepository materials;
  private final Directory directory;
  private final TalkRecords talks;

  public TalkAttendees(MaterialRepository materials, Directory directory,
      CommitteeGroups committeeGroups, TalkRecords talks) {
    this.talks = talks;
    this.committeeGroups = committeeGroups;
    this.materials = materials;
    this.directory = directory;
  }

  @Override
  public Set<String> lists() {
    return Set.of(ATTENDEES);
  }

  @Override
  public Set<String> defaults() {
    return Set.of(NAMED);
  }

  @Override
  public List<FormOption> options(String list, FormContext context, Map<String, String> properties) {
    String talkId = context.text(TalkVariables.TALK_ID);
    if (talkId == null) {
      return List.of();
    }
    Map<String, String> labels = new LinkedHashMap<>();
    Set<String> units = new LinkedHashSet<>();
    for (Material material : materials.findByTalk(talkId)) {
      units.add(material.unit());
      if (material.attendeeId() != null) {
        labels.putIfAbsent(material.attendeeId(), label(material.attendeeId(), material.unit()));
      }
    }
    try {
      units.addAll(JsonValues.strings(context.variable(TalkVariables.COOPERATING_UNITS)));
    } catch (IllegalArgumentException e) {
      // no readable list of units on this talk: the units that supplied material stand for it
    }
    units.add(Roles.OFFICE);
    String committee = talks.committeeOf(talkId).orElse(null);
    for (String role : units) {
      String unit = committeeGroups.group(committee, role);
      for (Map<String, String> member : directory.memberOptions(unit)) {
        labels.putIfAbsent(member.get("value"), member.get("label") + "(" + directory.groupName(unit) + ")");
      }
    }
    List<FormOption> options = new ArrayList<>();
    labels.forEach((id, label) -> options.add(new FormOption(id, label)));
    return options;
  }

  @Override
  public Object value(String name, FormContext context) {
    String talkId = context.text(TalkVariables.TALK_ID);
    if (talkId == null) {
      return null;
    }
    return materials.findByTalk(talkId).stream()
        .map(Material::attendeeId).filter(id -> id != null).distinct().toList();
  }

  /**
   * The attendees as the talk record writes them: the chosen people with their units, then those
   * written in by hand, e.g. 「郑华(市纪委监委)、刘洋(市委办公室)」; null when nobody is named.
   */
  public String text(FormContext context, List<String> chosen, String others) {
    Map<String, String> labels = new LinkedHashMap<>();
    options(ATTENDEES, context, Map.of()).forEach(o -> labels.put(o.value(), o.label()));
    List<String> names = new ArrayList<>();
    for (String id : chosen) {
      names.add(labels.getOrDefault(id, directory.userName(id)));
    }
    if (others != null && !others.isBlank()) {
      names.add(others.trim());
    }
    return names.isEmpty() ? null : String.join("、", names);
  }

  private String label(String userId, String unit) {
    return directory.userName(userId) + "(" + directory.groupName(unit) + ")";
  }
}
