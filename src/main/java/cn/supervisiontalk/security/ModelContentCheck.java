package cn.supervisiontalk.security;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * Refuses a deployment whose models or forms reach for Java's machinery from an expression
 * ({@code ${…}}): class loading and reflection ({@code getClass()}, {@code forName},
 * {@code getMethod}, {@code invoke}, class loaders), starting processes ({@code Runtime},
 * {@code ProcessBuilder}) or script engines. The application's own models use none of these; an
 * expression such as {@code ${execution.getClass().forName('java.lang.Runtime')…}} would run
 * operating-system commands on the server. Scripts are refused by {@link ScriptRefusal}.
 */
final class ModelContentCheck {

  static final String REFUSED = "流程模型和表单中的表达式不得使用 Java 的类加载、反射、进程或脚本引擎"
      + "(如 getClass、forName、Runtime、ProcessBuilder),部署未执行。";

  private static final Pattern JAVA_MACHINERY = Pattern.compile(
      "getClass\\s*\\(|forName\\s*\\(|getMethod\\s*\\(|getDeclared\\w*\\s*\\(|\\.invoke\\s*\\("
          + "|ClassLoader|\\bRuntime\\b|ProcessBuilder|ScriptEngine|javax\\.script");

  private ModelContentCheck() {
  }

  static void check(Map<String, ResourceEntity> resources) {
    if (resources == null) {
      return;
    }
    for (ResourceEntity resource : resources.values()) {
      byte[] bytes = resource.getBytes();
      if (bytes != null
          && JAVA_MACHINERY.matcher(new String(bytes, StandardCharsets.UTF_8)).find()) {
        throw new NotValidException(REFUSED);
      }
    }
  }
}
