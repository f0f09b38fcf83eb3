package cn.supervisiontalk.engine;

import cn.supervisiontalk.organization.OrganizationRepository;
import cn.supervisiontalk.security.CommitteeGroups;
import cn.supervisiontalk.security.Roles;
import cn.supervisiontalk.talk.TalkRecords;
import cn.supervisiontalk.validation.Submission;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Every process instance belongs to the committee that holds it: its Camunda tenant, so that a
 * committee's talks, tasks, timers and history are invisible to another committee's people (the
 * engine's tenant check). The models are shared by all committees; the tenant is chosen when an
 * instance starts:
 * <ol>
 *   <li>a called instance (rectification, a planned or coverage talk) or one started by a message
 *       from a talk belongs to the committee of the instance that called it;</li>
 *   <li>an instance given a {@code committeeId} belongs to that committee;</li>
 *   <li>a talk with an organization belongs to the committee that holds talks with it (article 7);</li>
 *   <li>an instance about a talk ({@code talkId}: its copies) belongs to the talk's committee;</li>
 *   <li>an instance its starter begins from Tasklist without any of these (an annual plan) to the
 *       committee whose office the starter works in;</li>
 *   <li>anything else (the schedule of the annual reports) to the first committee.</li>
 * </ol>
 * Decisions are evaluated within the instance and keep its tenant.
 */
@Component
public class CommitteeTenancy extends AbstractProcessEnginePlugin implements TenantIdProvider {

  static final String COMMITTEE_ID = "committeeId";
  static final String ORGANIZATION_ID = "organizationId";
  static final String TALK_ID = "talkId";

  private final OrganizationRepository organizations;
  private final TalkRecords talks;
  private final CommitteeGroups committees;

  public CommitteeTenancy(@Lazy OrganizationRepository organizations, @Lazy TalkRecords talks,
      @Lazy CommitteeGroups committees) {
    this.organizations = organizations;
    this.talks = talks;
    this.committees = committees;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(this);
    configuration.setTenantCheckEnabled(true);
  }

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
    DelegateExecution caller = context.getSuperExecution();
    if (caller != null) {
      return caller.getTenantId();
    }
    // a start's values are held back from the engine until its start event (SubmissionGate)
    Submission start = Submission.pendingStart(context.getProcessDefinition().getId(),
        context.getProcessDefinition().getKey());
    Function<String, Object> variables = context.getVariables() == null ? name -> null
        : context.getVariables()::get;
    return committeeOf(variables)
        .or(() -> start == null ? Optional.empty() : committeeOf(start::value))
        .or(() -> committees.currentUserOnlyCommittee(Roles.OFFICE))
        .or(committees::first).orElse(null);
  }

  private Optional<String> committeeOf(Function<String, Object> variables) {
    Optional<String> committee = text(variables.apply(COMMITTEE_ID));
    if (committee.isPresent()) {
      return committee;
    }
    Optional<String> organization = text(variables.apply(ORGANIZATION_ID))
        .flatMap(organizations::committeeOf);
    if (organization.isPresent()) {
      return organization;
    }
    return text(variables.apply(TALK_ID)).flatMap(talks::committeeOf);
  }

  private static Optional<String> text(Object value) {
    return value instanceof String s && !s.isBlank() ? Optional.of(s.trim()) : Optional.empty();
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
    return null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(
      TenantIdProviderHistoricDecisionInstanceContext context) {
    return context.getExecution() != null ? context.getExecution().getTenantId() : null;
  }
}
