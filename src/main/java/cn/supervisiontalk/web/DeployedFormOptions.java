package cn.supervisiontalk.web;

import cn.supervisiontalk.security.CommitteeGroups;
import cn.supervisiontalk.security.EngineCaller;
import cn.supervisiontalk.security.EngineWork;
import cn.supervisiontalk.validation.FormContext;
import cn.supervisiontalk.validation.FormOptions;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.UriUtils;

/**
 * Hands out Camunda Forms with their pickers filled ({@link FormOptions}): a deployed task or start
 * form read over the engine API, by Tasklist ({@code /camunda/api/engine/engine/default/...}) or a
 * REST caller ({@code /engine-rest/...}), gets the current organizations, talkers, attendees and
 * dynamic defaults. Tasklist 7.24 loads no variables into start forms, so a start form's choices
 * can come only with the form itself. A form without such fields, any other request and any answer
 * but 200 pass unchanged; the engine has already checked that the caller may read the form.
 */
public class DeployedFormOptions extends OncePerRequestFilter {

  /**
   * The engine API's deployed-form reads: {@code task/{id}/deployed-form} (group 1) and
   * {@code process-definition/{id}/deployed-start-form}, also by {@code key/{key}} with or without
   * {@code tenant-id}, under /engine-rest (optionally {@code /engine/{name}}) or the webapps'
   * /camunda/api/engine/engine/{name}.
   */
  static final Pattern DEPLOYED_FORM = Pattern.compile(
      "^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)"
          + "/(?:task/([^/]+)/deployed-form|process-definition/(?:key/[^/]+(?:/tenant-id/[^/]+)?|[^/]+)"
          + "/deployed-start-form)$");

  private static final Logger LOG = LoggerFactory.getLogger(DeployedFormOptions.class);

  private final ObjectMapper mapper = new ObjectMapper();
  private final FormOptions options;
  private final TaskService tasks;
  private final EngineWork engineWork;
  private final IdentityService identity;
  private final CommitteeGroups committees;

  public DeployedFormOptions(FormOptions options, TaskService tasks, EngineWork engineWork,
      IdentityService identity, CommitteeGroups committees) {
    this.identity = identity;
    this.committees = committees;
    this.options = options;
    this.tasks = tasks;
    this.engineWork = engineWork;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"GET".equals(request.getMethod()) || !DEPLOYED_FORM.matcher(path(request)).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, answer);
    byte[] body = answer.getContentAsByteArray();
    byte[] filled = answer.getStatus() == HttpServletResponse.SC_OK ? filled(request, body) : null;
    if (filled == null) {
      answer.copyBodyToResponse();
      return;
    }
    answer.resetBuffer();
    response.setContentLength(filled.length);
    response.getOutputStream().write(filled);
    response.flushBuffer();
  }

  /** The form with its pickers filled; null to hand out the engine's answer as it is. */
  private byte[] filled(HttpServletRequest request, byte[] body) {
    JsonNode schema;
    try {
      schema = mapper.readTree(body);
    } catch (IOException e) {
      return null; // not a Camunda Form (an embedded or external form's content)
    }
    if (!FormOptions.needsFilling(schema)) {
      return null;
    }
    Matcher matched = DEPLOYED_FORM.matcher(path(request));
    matched.matches();
    String taskId = matched.group(1) == null ? null
        : UriUtils.decode(matched.group(1), StandardCharsets.UTF_8);
    try {
      // the caller may read the form; the lists it needs are read on the engine's behalf, for
      // the caller (whose committees decide which organizations and people they may pick)
      JsonNode filled = EngineCaller.runAs(request, identity, committees,
          () -> engineWork.run(() -> options.fill(schema, taskId == null ? FormContext.START
              : FormContext.ofTask(taskId, name -> tasks.getVariable(taskId, name)))));
      return mapper.writeValueAsBytes(filled);
    } catch (JsonProcessingException | RuntimeException e) {
      LOG.warn("未能为表单 {} 填入可选项,按原样返回: {}", path(request), e.getMessage());
      return null;
    }
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
