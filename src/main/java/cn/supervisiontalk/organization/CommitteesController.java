package cn.supervisiontalk.organization;

import cn.supervisiontalk.deadline.Dates;
import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.organization.CommitteeRepository.CommitteeRecord;
import cn.supervisiontalk.security.ApiUser;
import cn.supervisiontalk.security.CommitteeGroups;
import cn.supervisiontalk.security.Roles;
import cn.supervisiontalk.validation.Problems;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The committees of the installation (article 2: every local committee and 党组 holds talks with
 * the leaders below it), for production without a seed file. Anyone signed in reads the list;
 * the system administrator (security.ApiRules) adds a committee under its upper committee, with
 * its term, and then its leadership team and its lower organizations. Each committee gets a
 * Camunda tenant and a group per role ({@code GET /api/committees/{id}/groups}); its staff are put
 * into those groups in Camunda Admin.
 * <ul>
 *   <li>{@code POST /api/committees}: id, name, shortName, kind (LOCAL_COMMITTEE or PARTY_GROUP),
 *       upperId, termName, termStart, termEnd;</li>
 *   <li>{@code POST /api/committees/{id}/leadership}: userId, role (SECRETARY, DEPUTY_SECRETARY,
 *       MEMBER), title;</li>
 *   <li>{@code POST /api/committees/{id}/organizations}: id, name, shortName, kind, topLeaderId,
 *       termStart, termEnd, dispatchedGroup.</li>
 * </ul>
 * Bad input is a Chinese 400 and changes nothing.
 */
@RestController
@RequestMapping("/api/committees")
public class CommitteesController {

  private final CommitteeRepository committees;
  private final CommitteeNaming naming;
  private final CommitteeGroups groups;
  private final CommitteeTermRepository terms;
  private final LeadershipRepository leadership;
  private final OrganizationRepository organizations;
  private final LeaderTermRepository tenures;
  private final IdentityService identity;
  private final Deadlines deadlines;
  private final ApplicationEventPublisher events;

  public CommitteesController(CommitteeRepository committees, CommitteeNaming naming,
      CommitteeGroups groups, CommitteeTermRepository terms, LeadershipRepository leadership,
      OrganizationRepository organizations, LeaderTermRepository tenures,
      @Lazy IdentityService identity, Deadlines deadlines, ApplicationEventPublisher events) {
    this.committees = committees;
    this.naming = naming;
    this.groups = groups;
    this.terms = terms;
    this.leadership = leadership;
    this.organizations = organizations;
    this.tenures = tenures;
    this.identity = identity;
    this.deadlines = deadlines;
    this.events = events;
  }

  /** A committee as REST callers read it. */
  public record CommitteeView(String id, String name, String shortName, String kind,
      String upperId) {
  }

  /** A committee's group for a role: put its staff into it in Camunda Admin. */
  public record GroupView(String role, String groupId, String name) {
  }

  @GetMapping
  public List<CommitteeView> list() {
    return committees.all().stream().map(CommitteesController::view).toList();
  }

  @GetMapping("/{id}/groups")
  public List<GroupView> groups(@PathVariable String id) {
    known(id);
    return groups.all().stream().filter(g -> g.committeeId().equals(id))
        .map(g -> new GroupView(g.role(), g.groupId(), groupName(g.groupId()))).toList();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  public CommitteeView create(@RequestBody Map<String, Object> body) {
    LocalDate start = Dates.tryParse(body.get("termStart"));
    LocalDate end = Dates.tryParse(body.get("termEnd"));
    Problems problems = new Problems();
    if (blank(body.get("upperId"))) {
      problems.add("请填写上级党委(党组)的编号(upperId)");
    }
    period(start, end, problems, "请填写本届任期的开始和届满日期(termStart、termEnd,yyyy-MM-dd,"
        + "届满晚于开始);党组(党委)填写批准其设立的党组织的本届任期");
    problems.throwIfAny();
    CommitteeRecord created = naming.create(text(body.get("id")), text(body.get("name")),
        text(body.get("shortName")), text(body.get("kind")), text(body.get("upperId")), caller());
    terms.insert(created.id(), text(body.get("termName")), start, end, "新增党委(党组)", caller(),
        deadlines.now());
    return view(created);
  }

  @PostMapping("/{id}/leadership")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  public Map<String, Object> addLeader(@PathVariable String id,
      @RequestBody Map<String, Object> body) {
    known(id);
    String userId = existingUser(body.get("userId"), "领导班子成员");
    LeadershipRole role = role(body.get("role"));
    String title = text(body.get("title"));
    if (title == null || title.isBlank()) {
      throw Problems.single("请填写职务(title),如 青山县委常委、组织部部长");
    }
    if (leadership.roleOf(id, userId).isPresent()) {
      throw Problems.single(userId + "已是该党委(党组)领导班子成员");
    }
    leadership.insert(id, userId, role, title.trim(), leadership.members(id).size());
    member(userId, groups.group(id, Roles.LEADERSHIP));
    return Map.of("committeeId", id, "userId", userId, "role", role.name(), "title", title.trim());
  }

  @PostMapping("/{id}/organizations")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  public Map<String, Object> addOrganization(@PathVariable String id,
      @RequestBody Map<String, Object> body) {
    known(id);
    Problems problems = new Problems();
    String organizationId = text(body.get("id"));
    if (organizationId == null || !organizationId.matches("[a-z][a-z0-9]{0,63}")) {
      problems.add("请填写党组织编号(id): 小写字母开头,只含小写字母和数字");
    } else if (organizations.findById(organizationId).isPresent()) {
      problems.add("已有编号为 " + organizationId + " 的党组织");
    }
    if (blank(body.get("name")) || blank(body.get("shortName"))) {
      problems.add("请填写党组织的全称(name)和简称(shortName)");
    }
    OrganizationKind kind = null;
    try {
      kind = OrganizationKind.valueOf(String.valueOf(body.get("kind")).trim());
    } catch (IllegalArgumentException e) {
      problems.add("党组织类别(kind)应为 CITY、COUNTY、TOWNSHIP、PARTY_GROUP 或 INSTITUTION");
    }
    LocalDate start = Dates.tryParse(body.get("termStart"));
    LocalDate end = Dates.tryParse(body.get("termEnd"));
    period(start, end, problems,
        "请填写“一把手”本届任期的开始和届满日期(termStart、termEnd,yyyy-MM-dd,届满晚于开始)");
    problems.throwIfAny();
    String leader = existingUser(body.get("topLeaderId"), "主要负责人");
    Organization organization = new Organization(organizationId, text(body.get("name")),
        text(body.get("shortName")), kind, leader, start, end,
        Boolean.TRUE.equals(body.get("dispatchedGroup")), id);
    organizations.insert(organization, organizations.heldBy(id).size());
    long term = tenures.insert(organizationId, leader, null, start, end, "新增下级党组织", caller(),
        deadlines.now());
    member(leader, groups.group(id, Roles.TALKEE));
    // its leader is watched for coverage in the committee's term (coverage.CoverageWatch)
    tenures.findById(term).ifPresent(t -> events.publishEvent(new TermStarted(t)));
    return Map.of("committeeId", id, "organizationId", organizationId, "topLeaderId", leader);
  }

  /** A term's first and last day, the last after the first; else the problem. */
  private static void period(LocalDate start, LocalDate end, Problems problems, String problem) {
    if (start == null || end == null || !end.isAfter(start)) {
      problems.add(problem);
    }
  }

  private void known(String id) {
    if (committees.byId(id).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "没有编号为“" + id + "”的党委(党组)。");
    }
  }

  private String existingUser(Object value, String who) {
    String userId = text(value);
    if (userId == null || userId.isBlank()
        || identity.createUserQuery().userId(userId).count() == 0) {
      throw Problems.single("未找到" + who + "用户“" + (userId == null ? "" : userId)
          + "”: 请先在 Camunda Admin 中建立该用户");
    }
    return userId;
  }

  private static LeadershipRole role(Object value) {
    try {
      return LeadershipRole.valueOf(String.valueOf(value).trim());
    } catch (IllegalArgumentException e) {
      throw Problems.single("领导班子职务类别(role)应为 SECRETARY(书记)、DEPUTY_SECRETARY(副书记)或 MEMBER(委员)");
    }
  }

  private void member(String userId, String groupId) {
    if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identity.createMembership(userId, groupId);
    }
  }

  private String groupName(String groupId) {
    Group group = identity.createGroupQuery().groupId(groupId).singleResult();
    return group == null ? groupId : group.getName();
  }

  private String caller() {
    return ApiUser.current(identity).id();
  }

  private static CommitteeView view(CommitteeRecord c) {
    return new CommitteeView(c.id(), c.name(), c.shortName(), c.kind(), c.upperId());
  }

  private static boolean blank(Object value) {
    return value == null || String.valueOf(value).isBlank();
  }

  private static String text(Object value) {
    return value == null ? null : String.valueOf(value).trim();
  }
}
