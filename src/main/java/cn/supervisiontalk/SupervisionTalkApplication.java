package cn.supervisiontalk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** 监督谈话: runs the supervision-talk procedure on the Camunda 7 engine. */
@SpringBootApplication
@ConfigurationPropertiesScan
// the application's own schedules: the access trail's daily purge, the figures for Prometheus
@EnableScheduling
public class SupervisionTalkApplication {

  public static void main(String[] args) {
    SpringApplication.run(SupervisionTalkApplication.class, args);
  }
}
