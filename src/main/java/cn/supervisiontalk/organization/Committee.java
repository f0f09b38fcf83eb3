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
    String name = seed("name");
    return name.isBlank() ? DEFAULT_NAME : name;
  }

  /**
   * The committee as messages and reminders name it, e.g. 中共江州市委: 「中共」 and its short name
   * from the seeds, or its full name when no short name is given.
   */
  public String messageName() {
    String shortName = seed("shortName");
    if (shortName.isBlank()) {
      return name();
    }
    return shortName.startsWith("中共") ? shortName : "中共" + shortName;
  }

  private String seed(String field) {
    if (!seeds.exists()) {
      return "";
    }
    try (InputStream in = seeds.getInputStream()) {
      JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
      return root.path("committee").path(field).asText("").trim();
    } catch (IOException e) {
      return "";
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

  /**
   * What kind of body holds the talks: {@code LOCAL_COMMITTEE} (a local party committee) or
   * {@code PARTY_GROUP} (a 党组), from the seeds' {@code committee.kind}; a local committee when
   * not given. Decides, for instance, which discipline body receives copies (article 12).
   */
  public String holdingCommitteeKind() {
    return "PARTY_GROUP".equals(seed("kind")) ? "PARTY_GROUP" : "LOCAL_COMMITTEE";
  }
}
