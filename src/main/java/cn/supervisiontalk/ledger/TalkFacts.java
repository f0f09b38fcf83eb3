package cn.supervisiontalk.ledger;

import cn.supervisiontalk.archive.ArchiveRepository;
import cn.supervisiontalk.copy.CopyRepository;
import cn.supervisiontalk.deadline.Deadlines;
import cn.supervisiontalk.rectification.AccountabilityDecisions;
import cn.supervisiontalk.rectification.AccountabilityRepository;
import cn.supervisiontalk.rectification.ReviewRepository;
import cn.supervisiontalk.rectification.TeamNoticeRepository;
import cn.supervisiontalk.talk.MaterialRepository;
import cn.supervisiontalk.talk.TalkRecords;
import org.springframework.stereotype.Component;

/**
 * The application's records a talk's page reads, its parts ({@link TalkSections}) and its timeline
 * ({@link Timeline}) alike: the talk itself, the units' material, the reviews, findings and
 * decisions, the team notice, the copies, the archive and the recorded events. Never the engine's
 * history.
 */
@Component
record TalkFacts(
    TalkRecords talks,
    MaterialRepository materials,
    ReviewRepository reviews,
    AccountabilityRepository findings,
    AccountabilityDecisions decisions,
    TeamNoticeRepository notices,
    CopyRepository copies,
    ArchiveRepository archives,
    TalkEvents events,
    Deadlines deadlines) {
}
