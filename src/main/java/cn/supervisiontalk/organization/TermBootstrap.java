package cn.supervisiontalk.organization;

import cn.supervisiontalk.deadline.Deadlines;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * After the seeds are loaded: every organization gets its current leader and term into the term
 * history, once. Later changes go through {@link TermChanges}.
 */
@Component
@Order(1)
public class TermBootstrap implements ApplicationRunner {

  private final OrganizationRepository organizations;
  private final LeaderTermRepository terms;
  private final Deadlines deadlines;

  public TermBootstrap(OrganizationRepository organizations, LeaderTermRepository terms,
      Deadlines deadlines) {
    this.organizations = organizations;
    this.terms = terms;
    this.deadlines = deadlines;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    for (Organization organization : organizations.findAll()) {
      if (terms.current(organization.id()).isEmpty()) {
        terms.insert(organization.id(), organization.topLeaderId(), null,
            organization.termStart(), organization.termEnd(), "初始数据", null, deadlines.now());
      }
    }
  }
}
