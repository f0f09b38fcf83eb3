package cn.supervisiontalk.document;

import cn.supervisiontalk.organization.Directory;
import cn.supervisiontalk.organization.Organization;
import cn.supervisiontalk.talk.Talk;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The posts the talk record names: the talker's in the leadership team, the talkee's organization. */
@Component
class PartyTitles {

  private final JdbcClient jdbc;
  private final Directory directory;

  PartyTitles(JdbcClient jdbc, Directory directory) {
    this.jdbc = jdbc;
    this.directory = directory;
  }

  /** The talker's post in the committee's leadership team (e.g. 市委书记); empty when not recorded. */
  String talkerTitle(Talk talk) {
    return jdbc.sql("select title from leadership_member where user_id = ?").param(talk.talkerId())
        .query(String.class).optional().orElse("");
  }

  /** The short name of the organization the talkee leads (青山县委), its full name where unknown. */
  String talkeeOrganization(Talk talk) {
    return directory.findOrganization(talk.organizationId()).map(Organization::shortName)
        .orElse(talk.organizationName());
  }
}
