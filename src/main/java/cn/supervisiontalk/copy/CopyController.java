package cn.supervisiontalk.copy;

import cn.supervisiontalk.copy.CopyRepository.Received;
import cn.supervisiontalk.copy.CopyViews.CopiedTalk;
import cn.supervisiontalk.copy.CopyViews.Part;
import cn.supervisiontalk.copy.CopyViews.ReceivedCopy;
import cn.supervisiontalk.copy.CopyViews.Recipient;
import cn.supervisiontalk.organization.Directory;
import cn.supervisiontalk.organization.Organization;
import cn.supervisiontalk.security.ApiUser;
import cn.supervisiontalk.security.UnseenTalk;
import cn.supervisiontalk.talk.Talk;
import cn.supervisiontalk.talk.TalkRecords;
import cn.supervisiontalk.validation.JsonValues;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The copies the units received (article 12, with article 15: the discipline body and the
 * organization department follow rectification as part of their daily supervision): /api/copies
 * lists those made to the caller's units, /api/copies/{talkId} shows a talk's parts copied to them
 * so far, as they were copied. The office reads every copy of its committee. Read from the
 * application's own tables only.
 */
@RestController
@RequestMapping("/api/copies")
public class CopyController {

  private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() { };

  private final CopyRepository copies;
  private final TalkRecords talks;
  private final Directory directory;
  private final IdentityService identity;

  public CopyController(CopyRepository copies, TalkRecords talks, Directory directory,
      IdentityService identity) {
    this.copies = copies;
    this.talks = talks;
    this.directory = directory;
    this.identity = identity;
  }

  /** The copies made to the caller's units, the latest first; every copy for the office. */
  @GetMapping
  public List<ReceivedCopy> list() {
    ApiUser user = ApiUser.current(identity);
    List<Received> received = user.byCommittee() ? receivedByCommittee(user)
        : user.readsAllTalks() ? copies.all() : copies.receivedBy(user.groups());
    Map<String, Talk> talksById = new HashMap<>();
    Map<String, String> shortNames = new HashMap<>();
    Map<String, String> unitNames = new HashMap<>();
    Map<String, String> committees = talks.committeesOf(
        received.stream().map(Received::talkId).distinct().toList());
    return received.stream().map(r -> {
      Talk talk = talksById.computeIfAbsent(r.talkId(), talks::get);
      String committee = committees.get(r.talkId());
      return new ReceivedCopy(r.talkId(), r.part(), CopiedPart.valueOf(r.part()).label(),
          r.recipientGroup(), unitNames.computeIfAbsent(committee + "/" + r.recipientGroup(),
              key -> directory.unitName(committee, r.recipientGroup())),
          shortNames.computeIfAbsent(talk.id(), id -> shortName(talk)), talk.talkeeName(),
          r.copiedAt(), r.readBy(), readerName(r.readBy()), r.readAt());
    }).toList();
  }

  /**
   * The copies each committee the person works for made: all of them for its office, else those
   * to the person's units there; the latest first.
   */
  private List<Received> receivedByCommittee(ApiUser user) {
    List<Received> received = new ArrayList<>();
    for (String committee : user.roles().keySet()) {
      ApiUser there = user.within(committee);
      List<Received> candidates = there.readsAllTalks() ? copies.all()
          : copies.receivedBy(there.groups());
      Map<String, String> committees = talks.committeesOf(
          candidates.stream().map(Received::talkId).distinct().toList());
      candidates.stream().filter(r -> committee.equals(committees.get(r.talkId())))
          .forEach(received::add);
    }
    received.sort(Comparator.comparing(Received::copiedAt).reversed());
    return received;
  }

  /** The talk's parts copied so far to the caller's units, with what each holds. */
  @GetMapping("/{talkId}")
  public CopiedTalk get(@PathVariable String talkId) {
    List<Received> made = copies.ofTalk(talkId);
    if (made.isEmpty()) {
      throw UnseenTalk.refusal();
    }
    ApiUser user = ApiUser.current(identity).within(talks.committeeOf(talkId).orElse(null));
    List<Received> visible = user.readsAllTalks() ? made
        : made.stream().filter(r -> user.inGroup(r.recipientGroup())).toList();
    if (visible.isEmpty()) {
      throw UnseenTalk.refusal();
    }
    Talk talk = talks.get(talkId);
    return new CopiedTalk(talk.id(), talk.organizationName(), shortName(talk), talk.talkeeName(),
        talk.talkerName(), talk.talkDate(),
        parts(visible, talks.committeeOf(talkId).orElse(null)));
  }

  /** The copies in the order made, each with the units (of those visible) it went to. */
  private List<Part> parts(List<Received> visible, String committee) {
    Map<String, List<Received>> byCopy = new LinkedHashMap<>();
    visible.forEach(r -> byCopy.computeIfAbsent(r.copyId(), id -> new ArrayList<>()).add(r));
    return byCopy.values().stream().map(units -> {
      Received first = units.get(0);
      List<Recipient> recipients = units.stream().map(r -> new Recipient(r.recipientGroup(),
          directory.unitName(committee, r.recipientGroup()), r.readBy(),
          readerName(r.readBy()), r.readAt()))
          .toList();
      return new Part(first.part(), CopiedPart.valueOf(first.part()).label(), first.copiedAt(),
          JsonValues.fromJson(first.content(), OBJECT), recipients);
    }).toList();
  }

  private String shortName(Talk talk) {
    return directory.findOrganization(talk.organizationId()).map(Organization::shortName)
        .orElse(talk.organizationName());
  }

  private String readerName(String userId) {
    return userId == null ? null : directory.userName(userId);
  }
}
