package cn.supervisiontalk.security;

import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.impl.scripting.ExecutableScript;
import org.camunda.bpm.engine.impl.scripting.ScriptFactory;

/**
 * No script runs in this engine: the application's models use none, and a script task, a script
 * listener, a script condition or an external script resource in a deployed model would let whoever
 * deploys it run code on the server. The engine asks this factory for every script while it parses
 * a model, so such a deployment is refused as a whole. JUEL (the engine's own expression language,
 * used for rendered forms) stays.
 */
class ScriptRefusal extends ScriptFactory {

  static final String REFUSED = "本系统的流程模型不得包含脚本(脚本任务、脚本监听器、脚本条件或外部脚本资源),部署未执行。";

  @Override
  public ExecutableScript createScriptFromResource(String language, String resource) {
    throw refused();
  }

  @Override
  public ExecutableScript createScriptFromResource(String language, Expression resourceExpression) {
    throw refused();
  }

  @Override
  public ExecutableScript createScriptFromSource(String language, String source) {
    if (juel(language)) {
      return super.createScriptFromSource(language, source);
    }
    throw refused();
  }

  @Override
  public ExecutableScript createScriptFromSource(String language, Expression sourceExpression) {
    throw refused();
  }

  private static boolean juel(String language) {
    return "juel".equalsIgnoreCase(language);
  }

  private static NotValidException refused() {
    return new NotValidException(REFUSED);
  }
}
