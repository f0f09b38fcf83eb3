-- 访问留痕(安全审计): one row per access, chained by SM3 hashes (audit.TrailHash); appended only
-- under the lock of the one-row head, which also records the newest row and the chain's anchor
-- (the last purged row). On PostgreSQL migration 15.1 (audit.TrailGuardMigration) adds the trigger
-- that refuses UPDATE and DELETE of trail rows.
create table access_trail (
  seq bigint not null primary key,
  occurred_at timestamp with time zone not null,
  actor varchar(128) not null,
  remote_address varchar(64),
  action varchar(64) not null,
  object_type varchar(64),
  object_id varchar(255),
  outcome varchar(16) not null,
  http_status integer,
  detail varchar(500),
  prev_hash char(64) not null,
  hash char(64) not null
);

create index access_trail_time on access_trail (occurred_at);
create index access_trail_actor on access_trail (actor, seq);
create index access_trail_object on access_trail (object_id, seq);

create table access_trail_head (
  id integer not null primary key,
  last_seq bigint not null,
  last_hash char(64) not null,
  anchor_seq bigint not null,
  anchor_hash char(64) not null,
  constraint access_trail_head_one check (id = 1)
);

insert into access_trail_head (id, last_seq, last_hash, anchor_seq, anchor_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000',
        0, '0000000000000000000000000000000000000000000000000000000000000000');
