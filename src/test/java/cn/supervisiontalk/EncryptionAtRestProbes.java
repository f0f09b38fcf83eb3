package cn.supervisiontalk;

import static cn.supervisiontalk.TalkDriver.OFFICE;
import static org.assertj.core.api.Assertions.assertThat;

import cn.supervisiontalk.MarkedTalks.Stage;
import cn.supervisiontalk.crypto.ConfidentialText;
import cn.supervisiontalk.crypto.ExistingRowsEncryption;
import cn.supervisiontalk.rectification.Review;
import cn.supervisiontalk.rectification.ReviewRepository;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.BufferingClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestTemplate;

/**
 * Issue 15 (数据静态加密) from the outside: with a key set, the marker scenario of
 * {@link MarkedTalks} (plus a file attached to the self-inspection) is driven over REST; then every
 * column of every table is read straight from the database, and no marker may be found in plaintext
 * in the application's tables, nor in the engine's ACT_* tables, except in the variables an open
 * task carries for its form (validation.TaskFormValues), which go with the task and never into the
 * engine's history. The office still reads everything through /api. Runs on H2 ({@link EncryptionAtRestIT},
 * SM4-GCM) and PostgreSQL ({@link EncryptionAtRestPostgresIT}, AES-GCM).
 */
abstract class EncryptionAtRestProbes {

  /** Base64 of 16 bytes (SM4) and of 32 bytes (AES-256), for the tests only. */
  static final String SM4_KEY = "MDEyMzQ1Njc4OWFiY2RlZg==";
  static final String AES_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

  private static final Marker FILE = new Marker("FILE");

  @LocalServerPort
  private int port;

  @Autowired
  private DataSource dataSource;

  @Autowired
  private JdbcClient jdbc;

  @Autowired
  private ConfidentialText text;

  @Autowired
  private ExistingRowsEncryption existing;

  @Autowired
  private ReviewRepository reviews;

  @Test
  void noMarkerIsStoredInPlaintextAndTheOfficeReadsEverything() throws SQLException {
    TalkDriver steps = new TalkDriver("http://localhost:" + port);
    MarkedTalks talks = new MarkedTalks(steps);
    byte[] pdf = ("%PDF-1.4\n自查报告附件 " + FILE.text() + "\n%%EOF").getBytes(StandardCharsets.UTF_8);
    long[] attachment = new long[1];
    talks.run(stage -> {
      if (stage == Stage.PREPARING) {
        String task = steps.awaitTask(talks.talkA, "selfInspection").path("id").asText();
        attachment[0] = upload(task, pdf);
      }
    });

    Dump dump = dump();
    assertThat(dump.plaintext).as("application columns holding a marker in plaintext").isEmpty();
    assertThat(dump.engine).as("engine (ACT_*) columns holding a marker").isEmpty();
    // the one place the engine holds written text: an open task's own variables, put there for its
    // form by validation.TaskFormValues and gone when the task is completed (never in ACT_HI_*)
    System.out.println("Markers in open tasks' form variables (ACT_RU_VARIABLE): " + dump.openTaskForms);
    assertThat(dump.sealedColumns).as("columns holding encrypted values").contains(
        "talk.preparation_materials", "talk.self_inspection_report", "talk.problems",
        "talk.first_responsibility_measures", "talk.results", "talk.facts", "talk_material.material",
        "talk_review.comment", "talk_proposal.reasons", "talk_copy.content",
        "talk_archive.talk_record", "talk_archive.measures", "talk_attachment.content");

    String ledger = steps.as(OFFICE).get("/api/ledger/" + talks.talkA).ok().body();
    for (Marker marker : Marker.talkA()) {
      assertThat(ledger).as("the office's ledger page of talk A shows " + marker).contains(marker.text());
    }
    String timely = steps.as(OFFICE).get("/api/ledger/" + talks.timelyTalk).ok().body();
    for (Marker marker : Marker.TIMELY_CASE) {
      assertThat(timely).as("the office's ledger page of talk T shows " + marker).contains(marker.text());
    }
    String archive = steps.as(OFFICE).get("/api/archives/" + talks.talkA).ok().body();
    for (Marker marker : List.of(Marker.SELF, Marker.RECORD_PROBLEMS, Marker.RECORD_COMMITMENT,
        Marker.MAT.get("discipline"), Marker.MEAS_FIRST, Marker.RESULT, Marker.REVIEW_RESULTS)) {
      assertThat(archive).as("the archive of talk A shows " + marker).contains(marker.text());
    }
    assertThat(download(attachment[0])).as("the attached file as uploaded").isEqualTo(pdf);
  }

  @Test
  void plaintextRowsAreReadAndEncryptedInPlaceOnce() {
    String talkId = "plain-" + Marker.RUN;
    String comment = "写入加密前的审核意见 MARK-PLAIN-" + Marker.RUN;
    jdbc.sql("""
        insert into talk_review (talk_id, stage, decision, comment, reviewer_id, reviewed_at)
        values (?, 'MEASURES', 'ACCEPT', ?, 'liuyang', ?)""")
        .params(talkId, comment, OffsetDateTime.now()).update();

    assertThat(reviews.findByTalk(talkId)).extracting(Review::comment).containsExactly(comment);

    Map<String, Integer> first = existing.encryptAll();
    String stored = jdbc.sql("select comment from talk_review where talk_id = ?").param(talkId)
        .query(String.class).single();

    assertThat(first.get("talk_review")).isPositive();
    assertThat(text.sealed(stored)).as(stored).isTrue();
    assertThat(stored).doesNotContain("MARK-");
    assertThat(reviews.findByTalk(talkId)).extracting(Review::comment).containsExactly(comment);
    assertThat(existing.encryptAll().values()).as("a second run finds nothing left").containsOnly(0);
    assertThat(jdbc.sql("select comment from talk_review where talk_id = ?").param(talkId)
        .query(String.class).single()).isEqualTo(stored);
  }

  // ===============================================================================================

  /** Where markers were found: application columns, engine columns; and the encrypted columns. */
  private record Dump(Set<String> plaintext, Set<String> engine, Set<String> openTaskForms,
      Set<String> sealedColumns) {
  }

  /** Every column of every table of the application's schema, read as stored. */
  private Dump dump() throws SQLException {
    Dump dump = new Dump(new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
    Set<String> openTasks = new TreeSet<>(jdbc.sql("select ID_ from ACT_RU_TASK").query(String.class).list());
    try (Connection connection = dataSource.getConnection()) {
      for (String table : tables(connection)) {
        boolean engine = table.toUpperCase().startsWith("ACT_");
        boolean runtimeVariables = table.equalsIgnoreCase("ACT_RU_VARIABLE");
        try (Statement sql = connection.createStatement();
            ResultSet rs = sql.executeQuery("select * from \"" + table + "\"")) {
          ResultSetMetaData meta = rs.getMetaData();
          while (rs.next()) {
            for (int i = 1; i <= meta.getColumnCount(); i++) {
              String value = value(rs, i, meta.getColumnType(i));
              if (value == null) {
                continue;
              }
              String column = table.toLowerCase() + "." + meta.getColumnName(i).toLowerCase();
              if (value.contains("MARK-")) {
                Set<String> found = !engine ? dump.plaintext
                    : runtimeVariables && openTasks.contains(rs.getString("TASK_ID_"))
                        ? dump.openTaskForms : dump.engine;
                found.add(column + " " + (runtimeVariables ? rs.getString("NAME_") : "") + ": "
                    + abbreviate(value));
              }
              if (value.startsWith("enc:v1:")) {
                dump.sealedColumns.add(column);
              }
            }
          }
        }
      }
    }
    return dump;
  }

  private static List<String> tables(Connection connection) throws SQLException {
    List<String> tables = new ArrayList<>();
    DatabaseMetaData meta = connection.getMetaData();
    try (ResultSet rs = meta.getTables(connection.getCatalog(), connection.getSchema(), "%",
        new String[] {"TABLE"})) {
      while (rs.next()) {
        tables.add(rs.getString("TABLE_NAME"));
      }
    }
    assertThat(tables).as("tables found").hasSizeGreaterThan(20);
    return tables;
  }

  /** A column's value as text: binary columns as UTF-8 (an encrypted file starts with its header). */
  private static String value(ResultSet rs, int column, int type) throws SQLException {
    return switch (type) {
      case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
        byte[] bytes = rs.getBytes(column);
        yield bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
      }
      default -> rs.getString(column);
    };
  }

  private static String abbreviate(String value) {
    return value.length() > 160 ? value.substring(0, 160) + "…" : value;
  }

  private long upload(String taskId, byte[] pdf) {
    LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("file", new ByteArrayResource(pdf) {
      @Override
      public String getFilename() {
        return "自查报告.pdf";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(MarkedTalks.TALKEE, "demo");
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    // buffered, so the request names its length (the API refuses chunked uploads with 411)
    RestTemplate rest = new RestTemplate(
        new BufferingClientHttpRequestFactory(new SimpleClientHttpRequestFactory()));
    ResponseEntity<Map> created = rest.exchange("http://localhost:" + port
        + "/api/tasks/" + taskId + "/attachments", HttpMethod.POST, new HttpEntity<>(form, headers),
        Map.class);
    assertThat(created.getStatusCode().value()).isEqualTo(201);
    return ((Number) created.getBody().get("id")).longValue();
  }

  private byte[] download(long id) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(OFFICE, "demo");
    return new RestTemplate().exchange("http://localhost:" + port + "/api/attachments/" + id,
        HttpMethod.GET, new HttpEntity<>(headers), byte[].class).getBody();
  }
}
