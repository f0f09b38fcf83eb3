package cn.supervisiontalk.plan;

import cn.supervisiontalk.security.CommitteeGroups;
import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.history.TalkHistory;
import cn.supervisiontalk.history.TalkInstance;
import cn.supervisiontalk.organization.Directory;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The plan as it stands: per item, not started, in progress, done (the talk is held) or late (its
 * planned date has passed without the talk), read from the engine's history of regular talks.
 */
@Component
public class PlanStatus {

  private final CommitteeGroups committeeGroups;

  private final PlanRepository plans;
  private final TalkHistory talks;
  private final Directory directory;
  private final AnnualPlans annualPlans;
  private final Deadlines deadlines;

  public PlanStatus(PlanRepository plans, TalkHistory talks, Directory directory,
      AnnualPlans annualPlans, Deadlines deadlines,
      CommitteeGroups committeeGroups) {
    this.committeeGroups = committeeGroups;
    this.plans = plans;
    this.talks = talks;
    this.directory = directory;
    this.annualPlans = annualPlans;
    this.deadlines = deadlines;
  }

  /** One item with its standing. */
  public record ItemView(String id, int seq, String organizationId, String organizationName,
      String talkeeId, String talkeeName, String talkerId, String talkerName, int plannedMonth,
      LocalDate plannedTalkDate, LocalDate preparationStart, String responsibleUnit,
      String responsibleUnitName, List<String> basis, List<String> basisLabels, String note,
      PlanItemStatus status, String statusLabel, String talkId, LocalDate talkDate) {
  }

  /** The plan of a year. */
  public record PlanView(int year, OffsetDateTime approvedAt, List<ItemView> items,
      Map<PlanItemStatus, Long> counts) {
  }

  /** The committee's approved plan of the year, each item with its standing. */
  public Optional<PlanView> of(String committeeId, int year) {
    return plans.approvedAt(committeeId, year).map(approvedAt -> {
      Map<String, TalkInstance> byItem = talks.regularTalks().stream()
          .filter(t -> t.planItemId() != null && !t.cancelled())
          .collect(Collectors.toMap(TalkInstance::planItemId, Function.identity(),
              (a, b) -> b.held() ? b : a));
      List<ItemView> items = plans.findItems(committeeId, year).stream()
          .map(item -> view(item, byItem.get(item.id())))
          .sorted(Comparator.comparingInt(ItemView::seq))
          .toList();
      Map<PlanItemStatus, Long> counts = new java.util.EnumMap<>(PlanItemStatus.class);
      for (PlanItemStatus status : PlanItemStatus.values()) {
        counts.put(status, items.stream().filter(i -> i.status() == status).count());
      }
      return new PlanView(year, approvedAt, items, counts);
    });
  }

  /** Each item's standing by its id. */
  public Map<String, ItemView> items(String committeeId, int year) {
    return of(committeeId, year).map(p -> p.items().stream()
        .collect(Collectors.toMap(ItemView::id, Function.identity()))).orElse(Map.of());
  }

  private ItemView view(PlanItem item, TalkInstance talk) {
    PlanItemStatus status;
    if (talk != null && talk.held()) {
      status = PlanItemStatus.DONE;
    } else if (deadlines.today().isAfter(item.plannedTalkDate())) {
      status = PlanItemStatus.LATE;
    } else if (talk != null) {
      status = PlanItemStatus.IN_PROGRESS;
    } else {
      status = PlanItemStatus.NOT_STARTED;
    }
    return new ItemView(item.id(), item.seq(), item.organizationId(),
        directory.organization(item.organizationId()).shortName(), item.talkeeId(),
        directory.userName(item.talkeeId()), item.talkerId(), directory.userName(item.talkerId()),
        item.plannedMonth(), item.plannedTalkDate(), annualPlans.preparationDay(item),
        item.responsibleUnit(),
        directory.groupName(committeeGroups.group(item.committeeId(), item.responsibleUnit())),
        item.basis(),
        item.basis().stream().map(PlanBasis::labelOf).toList(), item.note(), status,
        status.label(), talk == null ? null : talk.talkId(), talk == null ? null : talk.talkDate());
  }
}
