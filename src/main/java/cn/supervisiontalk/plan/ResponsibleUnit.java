package cn.supervisiontalk.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The unit that answers for a plan item (article 5: 明确工作分工), one of the committee's units. In
 * the draft it is written by the unit's name as the organization file has it (市委办公室), by its
 * general name (党委办公室, 组织部门) or by its group id (office).
 */
public enum ResponsibleUnit {
  OFFICE("office", "党委办公室", "办公室"),
  DISCIPLINE("discipline", "纪律检查机关", "纪委", "纪委监委"),
  ORGANIZATION("organization", "组织部门", "组织部"),
  INSPECTION("inspection", "巡视巡察机构", "巡察机构", "巡察办"),
  AUDIT("audit", "审计机关", "审计局"),
  PROPAGANDA("propaganda", "宣传部门", "宣传部");

  private final String groupId;
  private final List<String> generalNames;

  ResponsibleUnit(String groupId, String... generalNames) {
    this.groupId = groupId;
    this.generalNames = List.of(generalNames);
  }

  public String groupId() {
    return groupId;
  }

  /**
   * The unit written as its name, general name or group id; {@code groupName} gives the name of a
   * group in this installation.
   */
  public static Optional<ResponsibleUnit> find(String written, UnaryOperator<String> groupName) {
    String wanted = written == null ? "" : written.trim();
    if (wanted.isEmpty()) {
      return Optional.empty();
    }
    return Arrays.stream(values())
        .filter(u -> u.groupId.equalsIgnoreCase(wanted) || u.generalNames.contains(wanted)
            || groupName.apply(u.groupId).equals(wanted))
        .findFirst();
  }
}
