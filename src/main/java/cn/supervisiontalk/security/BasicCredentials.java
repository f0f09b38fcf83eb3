package cn.supervisiontalk.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** User id and password as sent with HTTP basic ("Authorization: Basic base64(id:password)"). */
record BasicCredentials(String userId, String password) {

  /** The credentials of the header; null without a basic header or for a malformed one. */
  static BasicCredentials parse(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
          StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    return colon <= 0 ? null
        : new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1));
  }
}
