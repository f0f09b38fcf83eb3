package cn.supervisiontalk.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.supervisiontalk.copy.CopyRepository;
import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.ledger.LedgerViews.Page;
import cn.supervisiontalk.ledger.LedgerViews.Row;
import cn.supervisiontalk.organization.Directory;
import cn.supervisiontalk.rectification.AccountabilityKind;
import cn.supervisiontalk.rectification.AccountabilityRepository;
import cn.supervisiontalk.security.ApiUser;
import cn.supervisiontalk.talk.MaterialRepository;
import cn.supervisiontalk.talk.TalkRecords;
import cn.supervisiontalk.talk.TalkType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.server.ResponseStatusException;

/**
 * The ledger's query against a database: who sees which talk (article 16), the filters, the search,
 * the order, the pages, the deadline and overdue flag of each stage, the findings, the export. The
 * talks are written straight into the tables ({@link LedgerFixture}); the engine's clock stands at
 * {@link #TODAY}. Run on H2 ({@link LedgerQueryTest}) and on PostgreSQL ({@link LedgerQueryPostgresIT}),
 * where the same SQL must give the same answers.
 */
abstract class LedgerQueryProbes {

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  static final LocalDate TODAY = LocalDate.of(2027, 6, 15);

  static final Viewer OFFICE = viewer("liuyang", "office", "processOwner");
  static final Viewer ADMIN = viewer("admin", "camunda-admin");

  @Autowired Ledger ledger;
  @Autowired LedgerQuery query;
  @Autowired LedgerWorkbook workbook;
  @Autowired TalkRecords talks;
  @Autowired MaterialRepository materials;
  @Autowired CopyRepository copies;
  @Autowired AccountabilityRepository findings;
  @Autowired Directory directory;
  @Autowired Deadlines deadlines;
  @Autowired JdbcClient jdbc;

  LedgerFixture f;

  @BeforeEach
  void fixture() {
    ClockUtil.setCurrentTime(Date.from(TODAY.atTime(10, 0).atZone(CHINA).toInstant()));
    f = new LedgerFixture(talks, materials, copies, findings, directory, deadlines, jdbc);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static Viewer viewer(String id, String... groups) {
    return Viewer.of(new ApiUser(id, List.of(groups)));
  }

  /** The page of the viewer's ledger among the fixture's talks, with more parameters. */
  Page page(Viewer viewer, String... parameters) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("q", f.tag);
    for (int i = 0; i < parameters.length; i += 2) {
      p.put(parameters[i], parameters[i + 1]);
    }
    return ledger.page(viewer, LedgerFilter.of(p));
  }

  Set<String> ids(Viewer viewer, String... parameters) {
    Page page = page(viewer, withSize(parameters));
    assertThat(page.total()).as("total agrees with the rows").isEqualTo(page.rows().size());
    return new HashSet<>(page.rows().stream().map(Row::talkId).toList());
  }

  private static String[] withSize(String[] parameters) {
    String[] all = new String[parameters.length + 2];
    System.arraycopy(parameters, 0, all, 0, parameters.length);
    all[parameters.length] = "size";
    all[parameters.length + 1] = "100";
    return all;
  }

  Row row(Viewer viewer, String talkId) {
    return page(viewer, "size", "100").rows().stream().filter(r -> r.talkId().equals(talkId))
        .findFirst().orElseThrow(() -> new AssertionError(talkId + " not in " + viewer.id() + "'s ledger"));
  }

  OffsetDateTime endOf(LocalDate day) {
    return day.atTime(23, 59, 59).atZone(CHINA).toOffsetDateTime();
  }

  // ---------------------------------------------------------------------------------------------

  @Test
  void eachSeesTheTalksArticleSixteenLetsThemSee() {
    String own = f.planned("qingshan", LocalDate.of(2027, 7, 1));
    String other = f.planned("xiling", TalkType.REGULAR, f.otherTalkee, "丙", f.otherTalker, "丁",
        LocalDate.of(2027, 7, 2));
    String supplied = f.planned("donghu", TalkType.REGULAR, f.otherTalkee, "丙", f.otherTalker, "丁",
        LocalDate.of(2027, 7, 3));
    f.material(supplied, "audit", "审计材料" + f.tag);
    String waived = f.planned("baisha", TalkType.TIMELY, f.otherTalkee, "丙", f.otherTalker, "丁",
        LocalDate.of(2027, 7, 4));
    f.waived(waived, "audit");
    String copied = f.planned("fagaiwei", TalkType.REGULAR, f.otherTalkee, "丙", f.otherTalker, "丁",
        LocalDate.of(2027, 5, 4));
    f.held(copied, LocalDate.of(2027, 5, 4));
    f.copied(copied, "TALK_RECORD", "discipline");
    String archived = f.planned("jiaoyuju", TalkType.REGULAR, f.otherTalkee, "丙", f.otherTalker, "丁",
        LocalDate.of(2027, 1, 4));
    f.held(archived, LocalDate.of(2027, 1, 4));
    f.rectified(archived);
    f.archived(archived, "organization", "leadershipMember");
    Set<String> all = Set.of(own, other, supplied, waived, copied, archived);

    assertThat(ids(OFFICE)).as("the office: every talk of its committee").isEqualTo(all);
    assertThat(ids(ADMIN)).as("the administrator, as for the archive").isEqualTo(all);
    assertThat(ids(viewer(f.talker))).as("the talker: the talks he holds").containsExactly(own);
    assertThat(ids(viewer(f.talker, "leadershipMember")))
        .as("the talker, also a leadership member: and the archives copied to the leadership")
        .containsExactlyInAnyOrder(own, archived);
    assertThat(ids(viewer(f.talkee, "talkee"))).as("the talkee: his own").containsExactly(own);
    assertThat(ids(viewer("hulin", "audit")))
        .as("a unit: what it supplied, not a talk it was excused from").containsExactly(supplied);
    assertThat(ids(viewer("zhenghua", "discipline"))).as("a unit a part was copied to")
        .containsExactly(copied);
    assertThat(ids(viewer("xuming", "organization"))).as("a unit the archive was copied to")
        .containsExactly(archived);
    assertThat(ids(viewer("sunli", "leadershipMember")))
        .as("a leadership member: the archives copied to the leadership").containsExactly(archived);
    assertThat(ids(viewer("majun", "propaganda"))).as("a unit with nothing to do with them").isEmpty();
    assertThat(ids(viewer("liuzhiyuan", "talkeeTeam"))).as("the talkee's team").isEmpty();
    assertThat(ids(viewer("nobody"))).as("anybody else").isEmpty();
  }

  /**
   * The viewer's condition has a form for few talks and one for many (chosen by the count): both
   * must find the same talks, in the same order.
   */
  @Test
  void bothFormsOfTheViewersConditionFindTheSameTalks() {
    String own = f.planned("qingshan", LocalDate.of(2027, 7, 1));
    String supplied = f.planned("donghu", TalkType.REGULAR, f.otherTalkee, "丙", f.otherTalker, "丁",
        LocalDate.of(2027, 7, 3));
    f.material(supplied, "audit", "审计材料" + f.tag);
    String waived = f.planned("baisha", TalkType.TIMELY, f.otherTalkee, "丙", f.otherTalker, "丁",
        LocalDate.of(2027, 7, 4));
    f.waived(waived, "audit");
    String copied = f.planned("fagaiwei", LocalDate.of(2027, 5, 4));
    f.held(copied, LocalDate.of(2027, 5, 4));
    f.copied(copied, "MEASURES", "audit", "discipline");
    String archived = f.planned("jiaoyuju", TalkType.REGULAR, f.otherTalkee, "丙", f.otherTalker, "丁",
        LocalDate.of(2027, 1, 4));
    f.held(archived, LocalDate.of(2027, 1, 4));
    f.rectified(archived);
    f.archived(archived, "audit");

    LedgerFilter filter = LedgerFilter.of(Map.of("q", f.tag, "size", "100"));
    OffsetDateTime now = deadlines.now();
    for (Viewer viewer : List.of(viewer("hulin", "audit"), viewer("zhenghua", "discipline"),
        viewer(f.talkee, "talkee"), viewer(f.talker, "leadershipMember"), viewer("nobody"),
        viewer("both", "audit", "discipline"))) {
      List<String> few = query.rows(viewer, filter, TODAY, now, 0, 100, 0).stream()
          .map(TalkHead::id).toList();
      List<String> many = query.rows(viewer, filter, TODAY, now, 0, 100, LedgerQuery.DENSE + 1)
          .stream().map(TalkHead::id).toList();
      assertThat(many).as(viewer.id() + ": the same talks either way").isEqualTo(few);
      assertThat(few).hasSize((int) query.count(viewer, filter, TODAY, now));
    }
    assertThat(query.rows(viewer("hulin", "audit"), filter, TODAY, now, 0, 100, 0))
        .extracting(TalkHead::id).containsExactlyInAnyOrder(supplied, copied, archived)
        .doesNotContain(own, waived);

    // few rows are sorted after being found, many are found in order: the same order either way
    for (LedgerSort sort : LedgerSort.values()) {
      for (String order : List.of("asc", "desc")) {
        LedgerFilter sorted = LedgerFilter.of(Map.of("q", f.tag, "sort", sort.code(), "order", order));
        assertThat(query.rows(OFFICE, sorted, TODAY, now, 0, 100, LedgerQuery.FEW + 1))
            .as(sort.code() + " " + order).extracting(TalkHead::id)
            .isEqualTo(query.rows(OFFICE, sorted, TODAY, now, 0, 100, 0).stream()
                .map(TalkHead::id).toList());
      }
    }
  }

  @Test
  void filtersByYearTypeStageOrganizationAndOverdue() {
    String planned = f.planned("qingshan", LocalDate.of(2027, 7, 1));
    String plannedPast = f.planned("xiling", TalkType.TIMELY, f.talkee, "甲", f.talker, "乙",
        LocalDate.of(2027, 6, 10));
    String measuresLate = f.planned("donghu", LocalDate.of(2027, 3, 1));
    f.held(measuresLate, LocalDate.of(2027, 3, 5));
    String measuresOpen = f.planned("donghu", LocalDate.of(2027, 5, 20));
    f.held(measuresOpen, LocalDate.of(2027, 5, 20));
    String resultsLate = f.planned("baisha", TalkType.TIMELY, f.talkee, "甲", f.talker, "乙",
        LocalDate.of(2026, 12, 1));
    f.held(resultsLate, LocalDate.of(2026, 12, 2));
    f.measuresIn(resultsLate);
    String archived = f.planned("qingshan", LocalDate.of(2026, 11, 1));
    f.held(archived, LocalDate.of(2026, 11, 2));
    f.measuresIn(archived);
    f.resultsIn(archived);
    f.rectified(archived);
    f.archived(archived, "discipline");
    String cancelled = f.planned("jiaoyuju", LocalDate.of(2027, 2, 1));
    f.cancelled(cancelled);
    String returned = f.planned("fagaiwei", LocalDate.of(2027, 6, 5));
    f.held(returned, LocalDate.of(2027, 6, 5));
    f.measuresIn(returned);
    f.measuresReturned(returned);
    String underReview = f.planned("renminyiyuan", LocalDate.of(2027, 1, 2));
    f.held(underReview, LocalDate.of(2027, 1, 2));
    f.measuresIn(underReview);
    f.resultsIn(underReview);

    assertThat(ids(OFFICE, "year", "2027")).as("held in 2027, or not held and planned for it")
        .containsExactlyInAnyOrder(planned, plannedPast, measuresLate, measuresOpen, cancelled,
            returned, underReview);
    assertThat(ids(OFFICE, "year", "2026")).containsExactlyInAnyOrder(resultsLate, archived);
    assertThat(ids(OFFICE, "type", "TIMELY")).containsExactlyInAnyOrder(plannedPast, resultsLate);
    assertThat(ids(OFFICE, "type", "定期谈话")).hasSize(7);
    assertThat(ids(OFFICE, "stage", "RECTIFICATION")).containsExactlyInAnyOrder(measuresLate,
        measuresOpen, resultsLate, returned, underReview);
    assertThat(ids(OFFICE, "stage", "已归档")).containsExactly(archived);
    assertThat(ids(OFFICE, "stage", "CANCELLED")).containsExactly(cancelled);
    assertThat(ids(OFFICE, "organization", "donghu"))
        .containsExactlyInAnyOrder(measuresLate, measuresOpen);
    assertThat(ids(OFFICE, "organization", "东湖区委")).as("by its short name too")
        .containsExactlyInAnyOrder(measuresLate, measuresOpen);
    assertThat(ids(OFFICE, "overdue", "true"))
        .as("the talk's day passed; measures past due; results past due after the measures")
        .containsExactlyInAnyOrder(plannedPast, measuresLate, resultsLate);
    assertThat(ids(OFFICE, "overdue", "false")).containsExactlyInAnyOrder(planned, measuresOpen,
        archived, cancelled, returned, underReview);
    assertThat(ids(OFFICE, "year", "2027", "stage", "RECTIFICATION", "overdue", "true"))
        .containsExactly(measuresLate);

    // the row shows the deadline it was filtered on
    assertThat(row(OFFICE, planned).nextDeadline()).isEqualTo(endOf(LocalDate.of(2027, 7, 1)));
    assertThat(row(OFFICE, planned).overdue()).isFalse();
    assertThat(row(OFFICE, plannedPast).overdue()).isTrue();
    assertThat(row(OFFICE, measuresLate).nextDeadline()).as("measures: a month after the talk")
        .isEqualTo(endOf(LocalDate.of(2027, 4, 5)));
    assertThat(row(OFFICE, measuresOpen).nextDeadline()).isEqualTo(endOf(LocalDate.of(2027, 6, 20)));
    assertThat(row(OFFICE, resultsLate).nextDeadline()).as("results: three months after the talk")
        .isEqualTo(endOf(LocalDate.of(2027, 3, 2)));
    assertThat(row(OFFICE, returned).nextDeadline()).as("returned measures: the deadline stays")
        .isEqualTo(endOf(LocalDate.of(2027, 7, 5)));
    assertThat(row(OFFICE, underReview).nextDeadline()).as("results with the office").isNull();
    assertThat(row(OFFICE, archived).nextDeadline()).isNull();
    assertThat(row(OFFICE, archived).stageName()).isEqualTo("已归档");
    assertThat(row(OFFICE, cancelled).stageName()).isEqualTo("已撤销");
    assertThat(row(OFFICE, measuresLate).stageName()).isEqualTo("整改落实");
    assertThat(row(OFFICE, resultsLate).talkTypeName()).isEqualTo("及时谈话");
    assertThat(row(OFFICE, resultsLate).talkDate()).isEqualTo(LocalDate.of(2026, 12, 2));

    // sorted by the deadline, earliest first, those without one last
    List<String> byDeadline = page(OFFICE, "sort", "deadline", "size", "100").rows().stream()
        .map(Row::talkId).toList();
    assertThat(byDeadline.subList(0, 6)).containsExactly(resultsLate, measuresLate, plannedPast,
        measuresOpen, planned, returned);
    assertThat(byDeadline.subList(6, 9)).containsExactlyInAnyOrder(archived, cancelled, underReview);
    List<String> latestFirst = page(OFFICE, "sort", "deadline", "order", "desc", "size", "100")
        .rows().stream().map(Row::talkId).toList();
    assertThat(latestFirst.subList(0, 6)).containsExactly(returned, planned, measuresOpen,
        plannedPast, measuresLate, resultsLate);
  }

  @Test
  void searchesTheTalkeesAndTalkersNamesLiterally() {
    String zhang = f.planned("qingshan", TalkType.REGULAR, f.talkee, "张三", f.talker, "李四",
        LocalDate.of(2027, 7, 1));
    String wang = f.planned("xiling", TalkType.REGULAR, f.otherTalkee, "王五", f.otherTalker, "赵六",
        LocalDate.of(2027, 7, 1));

    assertThat(ids(OFFICE)).containsExactlyInAnyOrder(zhang, wang);
    assertThat(ledger.page(OFFICE, LedgerFilter.of(Map.of("q", "张三" + f.tag))).rows())
        .extracting(Row::talkId).containsExactly(zhang);
    assertThat(ledger.page(OFFICE, LedgerFilter.of(Map.of("q", "赵六" + f.tag))).rows())
        .as("by the talker's name").extracting(Row::talkId).containsExactly(wang);
    for (String wildcard : List.of("%", "_", "!", "张%" + f.tag)) {
      assertThat(ledger.page(OFFICE, LedgerFilter.of(Map.of("q", wildcard))).total())
          .as("“" + wildcard + "” is searched as written, not as a pattern").isZero();
    }
    assertThat(ledger.page(viewer(f.otherTalkee, "talkee"),
        LedgerFilter.of(Map.of("q", "张三" + f.tag))).total())
        .as("a search never reaches beyond what the person sees").isZero();
  }

  @Test
  void pagesAndSortsInTheDatabase() {
    List<String> created = new ArrayList<>();
    for (int i = 1; i <= 23; i++) {
      created.add(f.planned(i % 2 == 0 ? "qingshan" : "xiling", TalkType.REGULAR, f.talkee,
          String.format("甲%02d", i), f.talker, "乙", LocalDate.of(2027, 7, 1).plusDays(i)));
    }

    Page first = page(OFFICE, "sort", "talkee", "size", "10");
    assertThat(first.total()).isEqualTo(23);
    assertThat(first.pages()).isEqualTo(3);
    assertThat(first.rows()).extracting(Row::talkeeName)
        .containsExactly(java.util.stream.IntStream.rangeClosed(1, 10)
            .mapToObj(i -> String.format("甲%02d", i) + f.tag).toArray(String[]::new));
    List<String> seen = new ArrayList<>();
    for (int p = 1; p <= 3; p++) {
      Page page = page(OFFICE, "sort", "talkee", "size", "10", "page", String.valueOf(p));
      assertThat(page.page()).isEqualTo(p);
      assertThat(page.rows()).hasSize(p < 3 ? 10 : 3);
      page.rows().forEach(r -> seen.add(r.talkId()));
    }
    assertThat(seen).as("pages neither overlap nor leave a gap").doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(created);
    assertThat(page(OFFICE, "page", "4", "size", "10").rows()).as("past the last page").isEmpty();

    List<Row> newestFirst = page(OFFICE, "size", "100").rows();
    assertThat(newestFirst).extracting(Row::plannedTalkDate)
        .as("by planned date, latest first, by default").isSortedAccordingTo((a, b) -> b.compareTo(a));
    assertThat(newestFirst.get(0).talkId()).isEqualTo(created.get(22));
    assertThat(page(OFFICE, "sort", "plannedDate", "order", "asc", "size", "100").rows().get(0)
        .talkId()).isEqualTo(created.get(0));
    assertThat(page(OFFICE, "sort", "talkee", "order", "desc").rows().get(0).talkeeName())
        .isEqualTo("甲23" + f.tag);
    List<String> byOrganization = page(OFFICE, "sort", "organization", "size", "100").rows()
        .stream().map(Row::organizationName).toList();
    int firstGroup = (int) byOrganization.stream()
        .takeWhile(name -> name.equals(byOrganization.get(0))).count();
    assertThat(firstGroup).as("each organization's talks together (11 and 12)").isIn(11, 12);
    assertThat(byOrganization.subList(firstGroup, 23)).hasSize(23 - firstGroup)
        .containsOnly(byOrganization.get(firstGroup));
  }

  @Test
  void findingsAreNamedForThoseWhoReadThem() {
    String talk = f.planned("qingshan", LocalDate.of(2027, 3, 1));
    f.held(talk, LocalDate.of(2027, 3, 1));
    f.material(talk, "audit", "审计材料" + f.tag);
    f.finding(talk, AccountabilityKind.MEASURES_OVERDUE);
    f.finding(talk, AccountabilityKind.PERFUNCTORY);

    assertThat(row(OFFICE, talk).findings()).containsExactly("整改逾期(整改措施)", "敷衍整改");
    assertThat(row(viewer(f.talkee, "talkee"), talk).findings())
        .as("the talkee reads them in his archive too").containsExactly("整改逾期(整改措施)", "敷衍整改");
    assertThat(row(viewer("hulin", "audit"), talk).findings())
        .as("a unit that only supplied material").isEmpty();
    f.copied(talk, "RESULTS", "discipline");
    assertThat(row(viewer("zhenghua", "discipline"), talk).findings())
        .as("a unit the results were copied to").containsExactly("整改逾期(整改措施)", "敷衍整改");
  }

  @Test
  void exportsTheRowsThePersonSeesAsAWorkbook() throws IOException {
    String own = f.planned("qingshan", LocalDate.of(2027, 7, 1));
    String other = f.planned("xiling", TalkType.TIMELY, f.otherTalkee, "丙", f.otherTalker, "丁",
        LocalDate.of(2027, 6, 1));
    f.held(other, LocalDate.of(2027, 6, 1));

    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
        workbook.write(OFFICE, LedgerFilter.of(Map.of("q", f.tag, "order", "asc")))))) {
      Sheet sheet = book.getSheet("谈话台账");
      assertThat(sheet).isNotNull();
      List<String> header = new ArrayList<>();
      sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
      assertThat(header).isEqualTo(LedgerWorkbook.HEADERS);
      assertThat(sheet.getLastRowNum()).as("one row per talk").isEqualTo(2);
      assertThat(cells(sheet, 1)).as("planned date, earliest first").startsWith(other, "及时谈话",
          "中共西岭县委员会", "丙" + f.tag, "丁" + f.tag, "2027-06-01", "2027-06-01", "整改落实");
      assertThat(cells(sheet, 1).get(9)).as("measures due a month after the talk")
          .isEqualTo("2027-07-01 23:59");
      assertThat(cells(sheet, 2)).startsWith(own, "定期谈话", "中共青山县委员会", "甲" + f.tag, "乙" + f.tag,
          "2027-07-01", "", "谈话准备");
      assertThat(cells(sheet, 2).get(9)).isEqualTo("2027-07-01 23:59");
    }
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.write(
        viewer(f.talkee, "talkee"), LedgerFilter.of(Map.of("q", f.tag)))))) {
      Sheet sheet = book.getSheet("谈话台账");
      assertThat(sheet.getLastRowNum()).as("the talkee's export: his own talk only").isEqualTo(1);
      assertThat(cells(sheet, 1).get(0)).isEqualTo(own);
    }
  }

  private static List<String> cells(Sheet sheet, int row) {
    List<String> cells = new ArrayList<>();
    sheet.getRow(row).forEach(cell -> cells.add(cell.getStringCellValue()));
    return cells;
  }

  @Test
  void refusesAnUnknownOrganization() {
    assertThatThrownBy(() -> page(OFFICE, "organization", "南山县委"))
        .isInstanceOfSatisfying(ResponseStatusException.class, e -> {
          assertThat(e.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
          assertThat(e.getReason()).contains("未找到下级党组织“南山县委”");
        });
  }
}
