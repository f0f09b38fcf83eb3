package cn.supervisiontalk.web;

import jakarta.ws.rs.core.FeatureContext;
import java.util.List;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Puts {@link RefusedInputMappers} into every Jersey application of the app: the engine REST API at
 * /engine-rest and the webapps' own copy of it under /camunda/api/engine, which Tasklist uses to
 * start talks and complete tasks. Listed in META-INF/services so Jersey finds it.
 */
public class RefusedInputFeature implements ForcedAutoDiscoverable {

  private static final List<Class<?>> MAPPERS = List.of(
      RefusedInputMappers.Rest.class,
      RefusedInputMappers.Engine.class,
      RefusedInputMappers.LostRace.class,
      RefusedInputMappers.MalformedJson.class,
      RefusedInputMappers.WrongJson.class,
      RefusedInputMappers.Framework.class,
      StrictDates.class);

  @Override
  public void configure(FeatureContext context) {
    for (Class<?> mapper : MAPPERS) {
      if (!context.getConfiguration().isRegistered(mapper)) {
        context.register(mapper);
      }
    }
  }
}
