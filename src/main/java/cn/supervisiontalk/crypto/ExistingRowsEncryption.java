package cn.supervisiontalk.crypto;

import cn.supervisiontalk.crypto.ConfidentialColumns.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Encrypts in place the confidential values still stored as plaintext (written before the key was
 * set): on start-up with {@code supervision-talk.encryption.encrypt-existing=true}
 * (TALK_ENCRYPT_EXISTING), after the migrations and before the engine's job executor and the web
 * server start. Values already encrypted are left alone, so running it again changes nothing; it
 * goes through each table by primary key in pages, each row updated on its own, so an interrupted
 * run is simply run again.
 */
@Component
public class ExistingRowsEncryption implements InitializingBean {

  private static final Logger LOG = LoggerFactory.getLogger(ExistingRowsEncryption.class);
  /** Rows read at a time; files (up to 20 MB each) one by one. */
  private static final int PAGE = 200;

  private final JdbcClient jdbc;
  private final ConfidentialText text;
  private final boolean onStartUp;

  public ExistingRowsEncryption(JdbcClient jdbc, ConfidentialText text,
      @Value("${supervision-talk.encryption.encrypt-existing:false}") boolean onStartUp) {
    this.jdbc = jdbc;
    this.text = text;
    this.onStartUp = onStartUp;
    if (onStartUp && !text.enabled()) {
      throw new EncryptionStartRefused("supervision-talk.encryption.encrypt-existing"
          + "(TALK_ENCRYPT_EXISTING)需要同时配置密钥 supervision-talk.encryption.key。");
    }
  }

  @Override
  public void afterPropertiesSet() {
    if (onStartUp) {
      Map<String, Integer> encrypted = encryptAll();
      LOG.info("已加密原有明文数据(表: 行数): {}", encrypted);
    }
  }

  /** Encrypts every plaintext confidential value; the number of rows changed per table. */
  public Map<String, Integer> encryptAll() {
    if (!text.enabled()) {
      throw new IllegalStateException("未配置密钥 supervision-talk.encryption.key,无法加密原有数据。");
    }
    Map<String, Integer> changed = new LinkedHashMap<>();
    for (Table table : ConfidentialColumns.ALL) {
      changed.put(table.name(), encrypt(table));
    }
    return changed;
  }

  private int encrypt(Table table) {
    int changed = 0;
    Object after = null;
    while (true) {
      List<Map<String, Object>> page = page(table, after);
      for (Map<String, Object> row : page) {
        changed += encryptRow(table, row) ? 1 : 0;
      }
      if (page.size() < pageSize(table)) {
        return changed;
      }
      after = page.get(page.size() - 1).get("k");
    }
  }

  /** The next page of keys with their values; values as stored (text or bytes). */
  private List<Map<String, Object>> page(Table table, Object after) {
    StringBuilder sql = new StringBuilder("select ").append(table.key()).append(" as k");
    for (int i = 0; i < table.columns().size(); i++) {
      sql.append(", ").append(table.columns().get(i)).append(" as c").append(i);
    }
    sql.append(" from ").append(table.name());
    if (after != null) {
      sql.append(" where ").append(table.key()).append(" > :after");
    }
    sql.append(" order by ").append(table.key()).append(" limit ").append(pageSize(table));
    JdbcClient.StatementSpec statement = jdbc.sql(sql.toString());
    if (after != null) {
      statement = statement.param("after", after);
    }
    return statement.query((rs, n) -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("k", rs.getObject(1));
      for (int i = 0; i < table.columns().size(); i++) {
        row.put("c" + i, table.binary() ? rs.getBytes(i + 2) : rs.getString(i + 2));
      }
      return row;
    }).list();
  }

  private static int pageSize(Table table) {
    return table.binary() ? 1 : PAGE;
  }

  private boolean encryptRow(Table table, Map<String, Object> row) {
    List<String> set = new ArrayList<>();
    Map<String, Object> params = new LinkedHashMap<>();
    for (int i = 0; i < table.columns().size(); i++) {
      Object value = row.get("c" + i);
      Object sealed = seal(value);
      if (sealed != value) {
        set.add(table.columns().get(i) + " = :c" + i);
        params.put("c" + i, sealed);
      }
    }
    if (set.isEmpty()) {
      return false;
    }
    params.put("k", row.get("k"));
    jdbc.sql("update " + table.name() + " set " + String.join(", ", set) + " where "
        + table.key() + " = :k").params(params).update();
    return true;
  }

  /** The value encrypted; the same object when it is null or already encrypted. */
  private Object seal(Object value) {
    if (value instanceof String s && !text.sealed(s)) {
      return text.seal(s);
    }
    if (value instanceof byte[] b && !text.sealed(b)) {
      return text.seal(b);
    }
    return value;
  }
}
