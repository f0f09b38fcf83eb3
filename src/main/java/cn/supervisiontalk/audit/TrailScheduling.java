package cn.supervisiontalk.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the trail's daily purge ({@link TrailPurge#daily}). */
@Configuration
@EnableScheduling
public class TrailScheduling {
}
