package cn.supervisiontalk.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import java.text.SimpleDateFormat;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;

/**
 * The engine REST API's JSON, as Camunda configures it ({@link JacksonConfigurator}), except that
 * dates are read strictly: Camunda's date format is lenient, so a Date value or a date query
 * parameter such as {@code 2026-11-31T00:00:00.000+0800} silently became 1 December. Here it is
 * refused (400 in Chinese, by {@link RefusedInputMappers}). Put into /engine-rest and Tasklist's
 * /camunda/api/engine by {@link RefusedInputFeature}.
 */
@Priority(1)
@Produces({MediaType.APPLICATION_JSON, "application/hal+json"})
public class StrictDates implements ContextResolver<ObjectMapper> {

  @Override
  public ObjectMapper getContext(Class<?> type) {
    ObjectMapper mapper = JacksonConfigurator.configureObjectMapper(new ObjectMapper());
    mapper.setDateFormat(strict());
    mapper.setDefaultLeniency(false);
    return mapper;
  }

  static SimpleDateFormat strict() {
    SimpleDateFormat format = new SimpleDateFormat(JacksonConfigurator.dateFormatString);
    format.setLenient(false);
    return format;
  }
}
