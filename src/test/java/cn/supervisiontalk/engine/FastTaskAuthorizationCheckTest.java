package cn.supervisiontalk.engine;

import org.springframework.boot.test.context.SpringBootTest;

/** {@link FastTaskAuthorizationCheckProbes} on the embedded H2 database. */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:fast-task-authorization;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
    "camunda.bpm.job-execution.enabled=false",
    "camunda.bpm.generate-unique-process-engine-name=true",
    "camunda.bpm.webapp.enabled=false"
})
class FastTaskAuthorizationCheckTest extends FastTaskAuthorizationCheckProbes {
}
