package cn.supervisiontalk;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The shape of the main code: the packages below cn.supervisiontalk depend on each other without
 * cycles, and the engine's internals (org.camunda.bpm.engine.impl, not public API) are used only by
 * the infrastructure packages that plug into the engine, never by the domain packages (talk, plan,
 * rectification, archive, organization, coverage, report, proposal, deadline, notification, history,
 * validation, and any package yet to come).
 */
@AnalyzeClasses(packages = "cn.supervisiontalk", importOptions = ArchitectureTest.MainClassesOnly.class)
class ArchitectureTest {

  /** The packages that may use the engine's internals: they extend or configure the engine. */
  static final String[] INFRASTRUCTURE = {
      "cn.supervisiontalk.security..",
      "cn.supervisiontalk.model..",
      "cn.supervisiontalk.web..",
      "cn.supervisiontalk.engine.."
  };

  @ArchTest
  static final ArchRule packagesAreFreeOfCycles =
      slices().matching("cn.supervisiontalk.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule engineInternalsOnlyInInfrastructure =
      noClasses().that().resideInAPackage("cn.supervisiontalk..")
          .and().resideOutsideOfPackages(INFRASTRUCTURE)
          .should().dependOnClassesThat(resideInAPackage("org.camunda.bpm.engine.impl..")
              .and(not(type(ClockUtil.class))))
          .because("org.camunda.bpm.engine.impl is the engine's internal code, not its API; only "
              + "the infrastructure packages (security, model, web, engine) may plug into it. The "
              + "engine's clock (ClockUtil) is the one exception: deadlines count on the time the "
              + "engine's timers count on, which tests move");

  /**
   * Main classes only, wherever the build puts them ({@code -Dbuild.dir=...}): ArchUnit's own
   * DoNotIncludeTests knows only {@code target/test-classes}.
   */
  static final class MainClassesOnly implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("/test-classes/");
    }
  }
}
