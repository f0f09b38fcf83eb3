package cn.supervisiontalk.organization;

import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.organization.CommitteeRepository.CommitteeRecord;
import cn.supervisiontalk.security.CommitteeGroups;
import java.io.IOException;
import java.util.List;
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
 * history, and the holding committee its names ({@code committee.id}, {@code name},
 * {@code shortName}, {@code kind}) and its term ({@code committee.term}) from the seeds, once each.
 * Later changes go through {@link TermChanges}, {@link CommitteeNaming} and {@link CommitteeTerms}.
 */
@Component
@Order(1)
public class TermBootstrap implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(TermBootstrap.class);
  /** The id of a committee whose seed file, written before ids, gives none. */
  static final String DEFAULT_ID = "committee";

  private final OrganizationRepository organizations;
  private final LeaderTermRepository terms;
  private final CommitteeTermRepository committeeTerms;
  private final Deadlines deadlines;
  private final Committee committee;
  private final CommitteeNaming naming;
  private final Resource seeds;
  private final CommitteeRepository committeeRecords;
  private final CommitteeGroups groups;

  public TermBootstrap(OrganizationRepository organizations, LeaderTermRepository terms,
      CommitteeTermRepository committeeTerms, Deadlines deadlines, Committee committee,
      CommitteeNaming naming, CommitteeRepository committeeRecords, CommitteeGroups groups,
      @Value("${supervision-talk.seeds.location}") Resource seeds) {
    this.committeeRecords = committeeRecords;
    this.groups = groups;
    this.organizations = organizations;
    this.terms = terms;
    this.committeeTerms = committeeTerms;
    this.deadlines = deadlines;
    this.committee = committee;
    this.naming = naming;
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
    if (committee.id().isEmpty()) {
      SeedFile.Committee seed = seeds.exists() ? SeedFile.read(seeds).committee() : null;
      if (seed == null || seed.name() == null || seed.name().isBlank()) {
        LOG.warn("党委(党组)尚未命名: 请在 seeds/organization.yaml 的 committee 中填写,"
            + "或通过 PUT /api/committee 填写编号、全称、简称和类别");
      } else {
        naming.name(seed.id() == null ? DEFAULT_ID : seed.id(), seed.name(), seed.shortName(),
            seed.kind(), null);
      }
    }
    List<CommitteeRecord> named = committeeRecords.all();
    if (!named.isEmpty()) {
      committeeRecords.adoptUnassigned(named.get(0).id());
    }
    for (CommitteeRecord each : named) {
      groups.ensure(each.id(), each.shortName().isBlank() ? each.name() : each.shortName());
    }
    String first = named.isEmpty() ? null : named.get(0).id();
    if (first != null && committeeTerms.current(first).isEmpty()) {
      SeedFile.CommitteeTermSeed term = seeds.exists()
          ? SeedFile.read(seeds).committee().term() : null;
      if (term == null || term.start() == null || term.end() == null) {
        LOG.warn("尚未登记本届任期: 请在 seeds/organization.yaml 的 committee.term 中填写,"
            + "或通过 POST /api/committee/terms 登记;登记前无法计算一届任期全覆盖");
        return;
      }
      committeeTerms.insert(first, term.name(), term.start(), term.end(), "初始数据", null, deadlines.now());
    }
  }
}
