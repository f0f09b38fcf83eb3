-- The talk ledger (谈话台账, cn.supervisiontalk.ledger) filters, sorts and pages in the database, so it
-- stays fast with 100,000 talks: who may see a talk (the talker, the units that supplied material or
-- received a copy), the sort keys with the id as the tie-breaker, and the lookups of a talk's page.

-- who may see a talk: the talker (talk_talkee covers the talkee), the supplying units (those the
-- office excused have a waiver time) and the units the archive was copied to; read from the index
-- alone (talk_copy_recipient_group of V10 serves the copies)
create index ledger_talk_talker on talk (talker_id);
create index ledger_material_unit on talk_material (unit, waived_at, talk_id);
create index ledger_archive_copy_group on archive_copy (recipient_group, talk_id);

-- sorting and the year filter: planned date (the default order), talk date, organization, talkee
create index ledger_talk_planned on talk (planned_talk_date, id);
create index ledger_talk_held on talk (talk_date, id);
create index ledger_talk_held_latest on talk (talk_date desc nulls last, id desc);
create index ledger_talk_organization on talk (organization_name, id);
create index ledger_talk_talkee_name on talk (talkee_name, id);

-- the search by name (like '%…%' reads the names from this index alone, not the whole talks)
create index ledger_talk_names on talk (talkee_name, talker_name);

-- the stage filter and the overdue filter (the deadline of the open step by stage)
create index ledger_talk_stage on talk (stage, planned_talk_date);

-- a talk's timeline: the reminders sent about it
create index ledger_notification_talk on notification (talk_id);
