package cn.supervisiontalk.ledger;

import cn.supervisiontalk.ledger.Ledger.Viewed;
import cn.supervisiontalk.ledger.LedgerViews.Document;
import cn.supervisiontalk.ledger.LedgerViews.TalkPage;
import cn.supervisiontalk.organization.Directory;
import cn.supervisiontalk.security.Roles;
import cn.supervisiontalk.security.UnseenTalk;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * A talk's page: its ledger line, its parts ({@link TalkSections}) and timeline ({@link Timeline})
 * as the viewer may read them, and the links to its documents (the talk record once held, the
 * archive once archived, each as .docx and .pdf; served by /api/talks/{talkId}/…, which checks the
 * reader itself). Finished talks included: everything is read from the application's own tables.
 */
@Service
public class TalkPages {

  private final Ledger ledger;
  private final TalkSections sections;
  private final Timeline timeline;
  private final Directory directory;

  public TalkPages(Ledger ledger, TalkSections sections, Timeline timeline, Directory directory) {
    this.ledger = ledger;
    this.sections = sections;
    this.timeline = timeline;
    this.directory = directory;
  }

  /** The talk's page for the viewer: the same 404 for no such talk and a talk they may not see. */
  public TalkPage of(Viewer person, String talkId) {
    Names names = new Names(directory);
    Viewed viewed = ledger.find(person, talkId, names).orElseThrow(UnseenTalk::refusal);
    Viewer viewer = person.within(viewed.head().committeeId());
    names = names.in(viewed.head().committeeId());
    Relation relation = viewed.relation();
    if (!relation.sees()) {
      throw UnseenTalk.refusal();
    }
    TalkHead head = viewed.head();
    return new TalkPage(viewed.row(), viewedAs(viewer, relation, names),
        sections.of(head, relation, viewer, names), timeline.of(head, relation, viewer, names),
        documents(head, relation));
  }

  /** In which capacity the viewer reads the talk, as the page says it. */
  private static String viewedAs(Viewer viewer, Relation relation, Names names) {
    if (viewer.inGroup(Roles.OFFICE)) {
      return "办公室";
    }
    if (viewer.inGroup(Roles.ADMIN)) {
      return "系统管理员";
    }
    if (relation.full()) {
      return "谈话人";
    }
    if (relation.talkee()) {
      return "被谈话人";
    }
    List<String> units = new ArrayList<>(relation.supplied());
    relation.copied().stream().filter(u -> !units.contains(u)).forEach(units::add);
    relation.archived().stream().filter(u -> !units.contains(u)).forEach(units::add);
    return String.join("、", units.stream().map(names::group).toList());
  }

  private static List<Document> documents(TalkHead head, Relation relation) {
    List<Document> documents = new ArrayList<>();
    String base = "/api/talks/" + head.id();
    if (head.talkDate() != null && (relation.seesRecord() || !relation.copied().isEmpty())) {
      documents.add(new Document("谈话记录(Word)", base + "/record.docx"));
      documents.add(new Document("谈话记录(PDF)", base + "/record.pdf"));
    }
    if (head.archived() && relation.seesRecord()) {
      documents.add(new Document("归档材料(Word)", base + "/archive.docx"));
      documents.add(new Document("归档材料(PDF)", base + "/archive.pdf"));
    }
    return documents;
  }
}
