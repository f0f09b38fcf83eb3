package cn.supervisiontalk;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;

/** Runs what the job executor would run now: async continuations and due timers. */
public final class Jobs {

  private Jobs() {
  }

  public static int runAll(ProcessEngine engine) {
    ManagementService management = engine.getManagementService();
    int executed = 0;
    List<Job> due;
    while (!(due = management.createJobQuery().executable().list()).isEmpty()) {
      for (Job job : due) {
        management.executeJob(job.getId());
        executed++;
      }
    }
    return executed;
  }
}
