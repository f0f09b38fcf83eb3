package cn.supervisiontalk.crypto;

import cn.supervisiontalk.security.ProductionStartRefused;

/**
 * The encryption settings are unusable (a key that is not Base64 or of the wrong length, an unknown
 * algorithm): the application does not start, and says why in one Chinese line (reported by
 * security's ProductionStartRefusedAnalyzer, whatever the profile).
 */
public class EncryptionStartRefused extends ProductionStartRefused {

  EncryptionStartRefused(String problem) {
    super("数据加密配置有误,拒绝启动: " + problem);
  }
}
