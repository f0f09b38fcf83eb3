package cn.supervisiontalk.security;

/**
 * The production profile refuses to start; the message says why in one Chinese sentence and is
 * all that is printed ({@link ProductionStartRefusedAnalyzer}).
 */
public class ProductionStartRefused extends IllegalStateException {

  public ProductionStartRefused(String message) {
    super(message);
  }
}
