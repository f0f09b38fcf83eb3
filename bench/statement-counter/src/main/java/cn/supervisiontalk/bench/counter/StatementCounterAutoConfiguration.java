package cn.supervisiontalk.bench.counter;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the JDBC statements of the application it is loaded into: every {@link DataSource} bean is
 * wrapped so that each statement executed through it is counted ({@link StatementCounter}). Loaded
 * only by the benchmark (PropertiesLauncher, {@code -Dloader.path=statement-counter.jar}), the same
 * way into the application and into the bare Camunda application; the counts are read on the port
 * given by {@code -Dstatement-counter.port}.
 */
@AutoConfiguration
public class StatementCounterAutoConfiguration {

  @Bean
  static BeanPostProcessor statementCountingDataSources() {
    StatementCounter.listen(Integer.getInteger("statement-counter.port", 0));
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource ? StatementCounter.counting(dataSource) : bean;
      }
    };
  }
}
