package cn.supervisiontalk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** 监督谈话: runs the supervision-talk procedure on the Camunda 7 engine. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SupervisionTalkApplication {

  public static void main(String[] args) {
    SpringApplication.run(SupervisionTalkApplication.class, args);
  }
}
