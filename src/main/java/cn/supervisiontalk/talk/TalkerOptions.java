package cn.supervisiontalk.talk;

import cn.supervisiontalk.organization.Directory;
import cn.supervisiontalk.organization.LeadershipRepository;
import cn.supervisiontalk.organization.LeadershipRepository.Member;
import cn.supervisiontalk.organization.Organization;
import cn.supervisiontalk.security.CommitteeGroups;
import cn.supervisiontalk.validation.FormContext;
import cn.supervisiontalk.validation.FormOption;
import cn.supervisiontalk.validation.FormOptionSource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The talker picker ({@code "options": "talkers"}): the members of the leadership team of the
 * committee holding the talk (article 7), or on a start form of the committees the person works
 * for, in the team's order, labelled with their title (李建国(市委书记)). Where the form
 * knows the organization the talk is with (a task whose process holds {@code organizationId}) and
 * names the kind of talk in the property {@code talkType} ({@code REGULAR} or {@code TIMELY}), only
 * the members the talker rule allows are offered (processes/talker-rule.dmn): for a regular talk
 * with a county or township secretary, the secretary alone. On a start form the organization is
 * chosen in the same form, so every member is offered and the start applies the rule.
 */
@Component
public class TalkerOptions implements FormOptionSource {

  static final String TALKERS = "talkers";
  static final String TALK_TYPE = "talkType";

  private final LeadershipRepository leadership;
  private final Directory directory;
  private final TalkerRule talkerRule;
  private final CommitteeGroups committeeGroups;

  public TalkerOptions(LeadershipRepository leadership, Directory directory, TalkerRule talkerRule,
      CommitteeGroups committeeGroups) {
    this.committeeGroups = committeeGroups;
    this.leadership = leadership;
    this.directory = directory;
    this.talkerRule = talkerRule;
  }

  @Override
  public Set<String> lists() {
    return Set.of(TALKERS);
  }

  @Override
  public List<FormOption> options(String list, FormContext context, Map<String, String> properties) {
    TalkType type = talkType(properties.get(TALK_TYPE));
    Organization organization = directory.findOrganization(
        context.text(TalkVariables.ORGANIZATION_ID)).orElse(null);
    Stream<Member> members = (organization != null && organization.committeeId() != null
        ? Stream.of(organization.committeeId())
        : committeeGroups.committeesOfCurrentUser().stream())
        .flatMap(committee -> leadership.members(committee).stream());
    if (type != null && organization != null) {
      members = members.filter(m -> talkerRule.allows(type, organization, m.userId()));
    }
    if (organization != null) {
      // a top leader who sits on the leadership is talked to, never his own talker
      members = members.filter(m -> !m.userId().equals(organization.topLeaderId()));
    }
    return members
        .map(m -> new FormOption(m.userId(), directory.userName(m.userId()) + "(" + m.title() + ")"))
        .toList();
  }

  private static TalkType talkType(String name) {
    if (name == null) {
      return null;
    }
    try {
      return TalkType.valueOf(name.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
