package cn.supervisiontalk.plan;

import java.util.List;

/** The plan table was not saved: a Chinese message and, for each row with problems, its cells'. */
public class PlanTableRefused extends RuntimeException {

  private final transient List<RowErrors> rows;

  public PlanTableRefused(String message, List<RowErrors> rows) {
    super(message);
    this.rows = List.copyOf(rows);
  }

  public List<RowErrors> rows() {
    return rows;
  }
}
