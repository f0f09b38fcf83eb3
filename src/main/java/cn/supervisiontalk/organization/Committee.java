package cn.supervisiontalk.organization;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The committee itself: its name (from the seeds) and its secretary (the leadership team member with
 * the role SECRETARY). As {@code committee} in the models.
 */
@Component("committee")
public class Committee {

  private static final String DEFAULT_NAME = "党委(党组)";

  private final JdbcClient jdbc;
  private final Directory directory;
  private final Resource seeds;

  public Committee(JdbcClient jdbc, Directory directory,
      @Value("${supervision-talk.seeds.location}") Resource seeds) {
    this.jdbc = jdbc;
    this.directory = directory;
    this.seeds = seeds;
  }

  /** The committee's full name, e.g. 中共江州市委员会. */
  public String name() {
    if (!seeds.exists()) {
      return DEFAULT_NAME;
    }
    try (InputStream in = seeds.getInputStream()) {
      JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
      String name = root.path("committee").path("name").asText("");
      return name.isBlank() ? DEFAULT_NAME : name;
    } catch (IOException e) {
      return DEFAULT_NAME;
    }
  }

  /** The secretary's user id. */
  public String secretaryId() {
    return jdbc.sql("select user_id from leadership_member where role = 'SECRETARY' order by sort_order")
        .query(String.class).list().stream().findFirst()
        .orElseThrow(() -> new IllegalStateException("领导班子中没有书记"));
  }

  public String secretaryName() {
    return directory.userName(secretaryId());
  }
}
