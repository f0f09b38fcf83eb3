package cn.supervisiontalk.ledger;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The ledger's query probes ({@link LedgerQueryProbes}) on the default database, H2, in memory and
 * of their own; the engine's job executor is off, since the probes move its clock.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:ledger-query-test;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
    "camunda.bpm.job-execution.enabled=false",
    "camunda.bpm.generate-unique-process-engine-name=true",
    "camunda.bpm.webapp.enabled=false"
})
class LedgerQueryTest extends LedgerQueryProbes {
}
