package cn.supervisiontalk.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultDeploymentConfiguration;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Deploys processes/ and forms/ under stable names such as {@code processes/regular-talk.bpmn},
 * whether the app runs from the build folder or from its jar. With changed-only deployment the
 * engine compares resources by name, so a restart redeploys exactly the models that changed.
 */
@Component
public class ModelDeployment extends DefaultDeploymentConfiguration {

  private static final String[] FOLDERS = {"processes/", "forms/"};

  @Override
  public Set<Resource> getDeploymentResources() {
    Set<Resource> named = new LinkedHashSet<>();
    for (Resource resource : super.getDeploymentResources()) {
      named.add(named(resource));
    }
    return named;
  }

  static Resource named(Resource resource) {
    String name = name(resource);
    try (InputStream in = resource.getInputStream()) {
      return new ByteArrayResource(in.readAllBytes(), name) {
        @Override
        public String getDescription() {
          return name;
        }
      };
    } catch (IOException e) {
      throw new UncheckedIOException("无法读取模型文件 " + name, e);
    }
  }

  /** The resource's path from its model folder on, e.g. forms/hold-talk.form. */
  static String name(Resource resource) {
    String url;
    try {
      url = resource.getURL().toString();
    } catch (IOException e) {
      return resource.getFilename();
    }
    int best = -1;
    for (String folder : FOLDERS) {
      best = Math.max(best, url.lastIndexOf("/" + folder));
    }
    return best < 0 ? resource.getFilename() : url.substring(best + 1);
  }
}
