package cn.supervisiontalk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the REST interfaces (/engine-rest/*, /api/*, and the webapps' own /camunda/api/*, through
 * which Tasklist completes tasks) before anything reads a request: a body
 * larger than the limit is refused with 413, a body of unknown length with 411, both in Chinese.
 * Answers are marked not to be cached or sniffed: they carry confidential talk data (article 16).
 */
public class RequestLimits extends OncePerRequestFilter {

  private final long maxBytes;

  public RequestLimits(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if (!request.getRequestURI().contains("/static/")) {
      // the webapps' plugin scripts and styles may be cached; answers with talk data may not
      response.setHeader("Cache-Control", "no-store");
    }
    response.setHeader("X-Content-Type-Options", "nosniff");
    long length = request.getContentLengthLong();
    if (length > maxBytes && !isAttachmentUpload(request)) {
      JsonRefusal.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
          "RequestTooLarge", "提交的内容过大(超过" + maxBytes / 1024 + "KB),未保存。请精简后重新提交。");
      return;
    }
    if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
      JsonRefusal.write(response, HttpServletResponse.SC_LENGTH_REQUIRED, "LengthRequired",
          "请求须注明内容长度(Content-Length)。");
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * An upload of an attachment (POST /api/tasks/{taskId}/attachments) has its own limit, the
   * multipart limits of attachment.AttachmentLimits, refused there in Chinese as well.
   */
  private static boolean isAttachmentUpload(HttpServletRequest request) {
    return "POST".equals(request.getMethod())
        && request.getRequestURI().matches("/api/tasks/[^/]+/attachments");
  }
}
