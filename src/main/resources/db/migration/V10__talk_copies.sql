-- Article 12 with article 15: the parts of a talk are copied to the holding committee's discipline
-- body and organization department as they come into existence (the talk record when the talk is
-- held, the measures when accepted, the results when reviewed), not only with the archive at the end.
-- One row per part copied, holding the part as it was copied (JSON text, so a later second round of
-- results does not change what was sent before).
create table talk_copy (
  id        varchar(64)  primary key,
  talk_id   varchar(64)  not null,
  part      varchar(16)  not null,
  content   text         not null,
  copied_at timestamp with time zone not null
);
create index talk_copy_talk on talk_copy (talk_id);

-- Each unit a part was copied to, and who of the unit read it, when.
create table talk_copy_recipient (
  copy_id         varchar(64)  not null,
  recipient_group varchar(64)  not null,
  read_by         varchar(64),
  read_at         timestamp with time zone,
  primary key (copy_id, recipient_group)
);
create index talk_copy_recipient_group on talk_copy_recipient (recipient_group);
