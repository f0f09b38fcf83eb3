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

  /**
   * The talker's post in the leadership team of the committee holding the talk (e.g. 市委书记; a
   * person on two committees' teams has a post in each); empty when not recorded.
   */
  String talkerTitle(Talk talk) {
    return jdbc.sql("""
            select l.title from leadership_member l where l.user_id = ?
            order by case when l.committee_id = (select t.committee_id from talk t where t.id = ?)
              then 0 else 1 end, l.committee_id""")
        .params(talk.talkerId(), talk.id()).query(String.class).list().stream().findFirst()
        .orElse("");
  }

  /** The short name of the organization the talkee leads (青山县委), its full name where unknown. */
  String talkeeOrganization(Talk talk) {
    return directory.findOrganization(talk.organizationId()).map(Organization::shortName)
        .orElse(talk.organizationName());
  }
}
