package cn.supervisiontalk.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Each of Camunda's CSRF refusals reaches the error page in Chinese; other errors pass unchanged. */
class CsrfRefusalMessagesTest {

  @Test
  void eachRefusalOfCamundasCsrfFilterIsPutInChinese() throws Exception {
    assertThat(filtered("CSRFPreventionFilter: Token provided via HTTP Header is absent/empty."))
        .isEqualTo(CsrfRefusalMessages.NO_TOKEN).contains("https://");
    assertThat(filtered("CSRFPreventionFilter: Invalid HTTP Header Token."))
        .isEqualTo(CsrfRefusalMessages.WRONG_TOKEN);
    assertThat(filtered("CSRFPreventionFilter: ORIGIN and REFERER request headers are not present."))
        .isEqualTo(CsrfRefusalMessages.WRONG_ORIGIN);
    assertThat(filtered("CSRFPreventionFilter: Protocol/Host/Port does not fully match: (a != b) "))
        .isEqualTo(CsrfRefusalMessages.WRONG_ORIGIN);
  }

  @Test
  void otherErrorsKeepTheirMessage() throws Exception {
    assertThat(filtered("未找到该谈话。")).isEqualTo("未找到该谈话。");
  }

  private static String filtered(String message) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
    request.setAttribute(RequestDispatcher.ERROR_MESSAGE, message);
    MockFilterChain chain = new MockFilterChain();
    new CsrfRefusalMessages().doFilter(request, new MockHttpServletResponse(), chain);
    assertThat(chain.getRequest()).as("the chain goes on").isSameAs(request);
    return (String) request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
  }
}
