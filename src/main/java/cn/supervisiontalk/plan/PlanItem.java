package cn.supervisiontalk.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * One regular talk in the annual plan (article 5): with which top leader, held by which talker, in
 * which month, which unit answers for it and on what basis. The talk is planned for the last day of
 * the month, or the last day of the leader's term if that comes first.
 */
public record PlanItem(
    String id,
    int planYear,
    int seq,
    String organizationId,
    String talkeeId,
    String talkerId,
    int plannedMonth,
    LocalDate plannedTalkDate,
    String responsibleUnit,
    List<String> basis,
    String note,
    String committeeId) {
}
