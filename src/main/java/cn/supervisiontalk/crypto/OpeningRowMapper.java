package cn.supervisiontalk.crypto;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.jdbc.core.DataClassRowMapper;

/** Spring's DataClassRowMapper with every text column opened by {@link ConfidentialText}. */
final class OpeningRowMapper<T> extends DataClassRowMapper<T> {

  private final ConfidentialText text;

  OpeningRowMapper(Class<T> type, ConfidentialText text) {
    super(type);
    this.text = text;
  }

  @Override
  protected Object getColumnValue(ResultSet rs, int index, Class<?> paramType) throws SQLException {
    Object value = super.getColumnValue(rs, index, paramType);
    return value instanceof String stored ? text.open(stored) : value;
  }
}
