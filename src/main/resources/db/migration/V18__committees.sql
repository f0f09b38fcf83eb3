-- Many holding committees on one installation (article 2: every local committee and every 党组
-- holds talks with the top leaders below it). Each committee is a Camunda tenant with its own role
-- groups; the rows below say which committee a record belongs to. Rows written before this
-- migration belong to the one committee there was.

-- The committee above (articles 13-15: it receives the annual report and oversees); none at the top.
alter table committee add column upper_id varchar(64);

-- The Camunda group holding each role of each committee (its office, leadership team, discipline
-- body, units, talkees …). The first committee kept the plain role ids (office, discipline …);
-- a committee added later has its own (qingshanOffice …).
create table committee_group (
  committee_id varchar(64) not null,
  role         varchar(32) not null,
  group_id     varchar(64) not null,
  primary key (committee_id, role),
  constraint committee_group_once unique (group_id)
);

-- Which committee holds talks with the organization, whose leadership team a member belongs to,
-- and which committee held a talk.
alter table organization add column committee_id varchar(64);
alter table leadership_member add column committee_id varchar(64);
alter table talk add column committee_id varchar(64);

update organization set committee_id = (select min(id) from committee);
update leadership_member set committee_id = (select min(id) from committee);
update talk set committee_id = (select min(id) from committee);

create index talk_by_committee on talk (committee_id);
create index organization_by_committee on organization (committee_id);
