package cn.supervisiontalk.web;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * A path segment holding an encoded slash (%2F), e.g. an id a caller copied with "</script>" in
 * it, is passed on as it is instead of being refused by Tomcat with an English error page; the
 * application then answers it (404 in Chinese). The slash is never decoded into a path separator.
 */
@Component
public class EncodedSlashes implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addConnectorCustomizers(connector -> connector.setEncodedSolidusHandling("passthrough"));
  }
}
