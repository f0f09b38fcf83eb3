package cn.supervisiontalk.crypto;

/**
 * An encrypted value in the database that cannot be decrypted with the configured key: altered,
 * encrypted under another key or algorithm, or no key configured. A fault of the server's data or
 * configuration, not of a request.
 */
public class SealedValueRefused extends IllegalStateException {

  SealedValueRefused(String message) {
    super(message);
  }

  SealedValueRefused(String message, Throwable cause) {
    super(message, cause);
  }
}
