package cn.supervisiontalk.web;

import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Puts {@link RefusedInputMappers} into every Jersey application of the app: the engine REST API at
 * /engine-rest and the webapps' own copy of it under /camunda/api/engine, which Tasklist uses to
 * start talks and complete tasks. Listed in META-INF/services so Jersey finds it.
 */
public class RefusedInputFeature implements ForcedAutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(RefusedInputMappers.Rest.class)) {
      context.register(RefusedInputMappers.Rest.class);
    }
    if (!context.getConfiguration().isRegistered(RefusedInputMappers.Engine.class)) {
      context.register(RefusedInputMappers.Engine.class);
    }
  }
}
