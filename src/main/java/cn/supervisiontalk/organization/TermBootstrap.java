package cn.supervisiontalk.organization;

import cn.supervisiontalk.deadline.Deadlines;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * After the seeds are loaded: every organization gets its current leader and term into the term
 * history, and the holding committee its term from the seeds ({@code committee.term}), once each.
 * Later changes go through {@link TermChanges} and {@link CommitteeTerms}.
 */
@Component
@Order(1)
public class TermBootstrap implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(TermBootstrap.class);

  private final OrganizationRepository organizations;
  private final LeaderTermRepository terms;
  private final CommitteeTermRepository committeeTerms;
  private final Deadlines deadlines;
  private final Resource seeds;

  public TermBootstrap(OrganizationRepository organizations, LeaderTermRepository terms,
      CommitteeTermRepository committeeTerms, Deadlines deadlines,
      @Value("${supervision-talk.seeds.location}") Resource seeds) {
    this.organizations = organizations;
    this.terms = terms;
    this.committeeTerms = committeeTerms;
    this.deadlines = deadlines;
    this.seeds = seeds;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) throws IOException {
    for (Organization organization : organizations.findAll()) {
      if (terms.current(organization.id()).isEmpty()) {
        terms.insert(organization.id(), organization.topLeaderId(), null,
            organization.termStart(), organization.termEnd(), "初始数据", null, deadlines.now());
      }
    }
    if (committeeTerms.current().isEmpty()) {
      SeedFile.CommitteeTermSeed term = seeds.exists()
          ? SeedFile.read(seeds).committee().term() : null;
      if (term == null || term.start() == null || term.end() == null) {
        LOG.warn("尚未登记本届任期: 请在 seeds/organization.yaml 的 committee.term 中填写,"
            + "或通过 POST /api/committee/terms 登记;登记前无法计算一届任期全覆盖");
        return;
      }
      committeeTerms.insert(term.name(), term.start(), term.end(), "初始数据", null, deadlines.now());
    }
  }
}
