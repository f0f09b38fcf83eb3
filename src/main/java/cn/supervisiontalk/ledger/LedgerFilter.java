package cn.supervisiontalk.ledger;

import cn.supervisiontalk.talk.TalkStage;
import cn.supervisiontalk.talk.TalkType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the ledger is asked for: the filters (year, type, stage, organization, overdue), the search
 * by the talkee's or talker's name, the order and the page. Read from the request's parameters;
 * anything unknown or out of range is refused with 400 and a Chinese message, never guessed.
 *
 * @param year talks held in the year, or not yet held and planned for it; null for every year
 * @param type a talk type, or null
 * @param stage a stage, or null
 * @param organizationId a lower organization's id, or null
 * @param overdue true: only talks whose open step is past its deadline; false: only the others
 * @param search part of the talkee's or talker's name, or null
 * @param sort the order
 * @param descending whether the order is reversed
 * @param page the page, counted from 1
 * @param size rows per page
 */
public record LedgerFilter(Integer year, TalkType type, TalkStage stage, String organizationId,
    Boolean overdue, String search, LedgerSort sort, boolean descending, int page, int size) {

  /** The parameters the ledger knows; any other is refused, so a misspelt filter is not ignored. */
  static final Set<String> PARAMETERS = Set.of("year", "type", "stage", "organization", "overdue",
      "q", "sort", "order", "page", "size");

  static final int DEFAULT_SIZE = 20;
  static final int MAX_SIZE = 100;
  static final int MAX_SEARCH = 50;

  /** The same order and page with an organization (an id checked by the caller). */
  LedgerFilter withOrganization(String id) {
    return new LedgerFilter(year, type, stage, id, overdue, search, sort, descending, page, size);
  }

  /**
   * The filter of the request's parameters (single values); the organization is taken as given and
   * checked against the directory by the caller.
   */
  public static LedgerFilter of(Map<String, String> parameters) {
    Map<String, String> p = new LinkedHashMap<>();
    parameters.forEach((name, value) -> p.put(name, value == null ? "" : value.trim()));
    String unknown = p.keySet().stream().filter(name -> !PARAMETERS.contains(name)).sorted()
        .collect(Collectors.joining("、"));
    if (!unknown.isEmpty()) {
      throw refused("不支持的查询参数: " + unknown + "。可用的参数: 年度 year、谈话类型 type、阶段 stage、"
          + "党组织 organization、是否逾期 overdue、姓名 q、排序 sort、顺序 order、页码 page、每页条数 size");
    }
    Integer year = blank(p.get("year")) ? null
        : number(p.get("year"), "年度(year)", 2000, 2100);
    TalkType type = blank(p.get("type")) ? null : type(p.get("type"));
    TalkStage stage = blank(p.get("stage")) ? null : stage(p.get("stage"));
    String organization = blank(p.get("organization")) ? null : p.get("organization");
    Boolean overdue = blank(p.get("overdue")) ? null : flag(p.get("overdue"));
    String search = blank(p.get("q")) ? null : p.get("q");
    if (search != null && search.length() > MAX_SEARCH) {
      throw refused("姓名(q)最多" + MAX_SEARCH + "个字");
    }
    LedgerSort sort = blank(p.get("sort")) ? LedgerSort.PLANNED_DATE : LedgerSort.of(p.get("sort"));
    if (sort == null) {
      throw refused("未知的排序方式“" + p.get("sort") + "”。可选: " + Arrays.stream(LedgerSort.values())
          .map(s -> s.code() + "(" + s.label() + ")").collect(Collectors.joining("、")));
    }
    boolean descending = blank(p.get("order")) ? sort.descendingByDefault() : order(p.get("order"));
    int page = blank(p.get("page")) ? 1 : number(p.get("page"), "页码(page)", 1, 1_000_000);
    int size = blank(p.get("size")) ? DEFAULT_SIZE
        : number(p.get("size"), "每页条数(size)", 1, MAX_SIZE);
    return new LedgerFilter(year, type, stage, organization, overdue, search, sort, descending, page,
        size);
  }

  private static boolean blank(String value) {
    return value == null || value.isEmpty();
  }

  private static int number(String value, String name, int min, int max) {
    int number;
    try {
      number = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw refused(name + "应为整数,收到“" + value + "”");
    }
    if (number < min || number > max) {
      throw refused(name + "应在" + min + "至" + max + "之间,收到" + number);
    }
    return number;
  }

  private static TalkType type(String value) {
    for (TalkType type : TalkType.values()) {
      if (type.name().equalsIgnoreCase(value) || type.label().equals(value)) {
        return type;
      }
    }
    throw refused("未知的谈话类型“" + value + "”。可选: REGULAR(定期谈话)、TIMELY(及时谈话)");
  }

  private static TalkStage stage(String value) {
    for (TalkStage stage : TalkStage.values()) {
      if (stage.name().equalsIgnoreCase(value) || stage.label().equals(value)) {
        return stage;
      }
    }
    throw refused("未知的阶段“" + value + "”。可选: " + Arrays.stream(TalkStage.values())
        .map(s -> s.name() + "(" + s.label() + ")").collect(Collectors.joining("、")));
  }

  private static boolean flag(String value) {
    return switch (value.toLowerCase()) {
      case "true", "1", "是" -> true;
      case "false", "0", "否" -> false;
      default -> throw refused("是否逾期(overdue)应为 true 或 false,收到“" + value + "”");
    };
  }

  private static boolean order(String value) {
    return switch (value.toLowerCase()) {
      case "asc" -> false;
      case "desc" -> true;
      default -> throw refused("顺序(order)应为 asc(升序)或 desc(降序),收到“" + value + "”");
    };
  }

  static ResponseStatusException refused(String message) {
    return new ResponseStatusException(HttpStatus.BAD_REQUEST, message + "。");
  }
}
