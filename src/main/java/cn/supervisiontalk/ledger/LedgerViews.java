package cn.supervisiontalk.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The ledger and a talk's page as /api/ledger shows them: codes for programs, words for people. */
public final class LedgerViews {

  private LedgerViews() {
  }

  /** A line of the ledger. */
  public record Row(
      String talkId,
      String talkType,
      String talkTypeName,
      String organizationId,
      String organizationName,
      String talkeeId,
      String talkeeName,
      String talkerId,
      String talkerName,
      LocalDate plannedTalkDate,
      LocalDate talkDate,
      String stage,
      String stageName,
      List<Step> currentSteps,
      OffsetDateTime nextDeadline,
      boolean overdue,
      List<String> findings) {

    /** Who holds the current steps, as one line: 「谈话准备: 李建国;提供有关情况和材料: 市委巡察办」. */
    public String holders() {
      return String.join(";", currentSteps.stream().map(s -> s.name() + ": " + s.holder()).toList());
    }
  }

  /** An open step of a talk: the task's name, who holds it (a person or units), its due date. */
  public record Step(String name, String holder, OffsetDateTime due) {
  }

  /** One page of the ledger, with how many talks match in all. */
  public record Page(List<Row> rows, long total, int page, int size, long pages) {
  }

  /** A talk's page: its line, its parts as the viewer may read them, its timeline, its documents. */
  public record TalkPage(Row talk, String viewedAs, List<Section> sections,
      List<TimelineEntry> timeline, List<Document> documents) {
  }

  /** A part of the talk: a title and its items, each a label with its text. */
  public record Section(String id, String title, List<Item> items) {
  }

  /** One labelled text of a part. */
  public record Item(String label, String text) {
  }

  /** Something that happened to the talk: when, what, by whom, and what it said. */
  public record TimelineEntry(OffsetDateTime at, String kind, String title, String actor,
      String detail) {
  }

  /** A document of the talk to download. */
  public record Document(String title, String href) {
  }
}
