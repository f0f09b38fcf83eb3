-- The other members of each lower organization's own leadership team (article 11): the county
-- committee's standing committee, the 党组's members. Not the holding committee's leadership
-- (leadership_member); the top leader himself is not listed.
create table organization_team_member (
  organization_id varchar(64)  not null,
  user_id         varchar(64)  not null,
  title           varchar(200) not null,
  sort_order      integer      not null default 0,
  primary key (organization_id, user_id)
);

-- How the talkee informed his team of his measures on first-responsibility duties (article 11).
create table talk_team_notice (
  talk_id      varchar(64)  primary key,
  informed_on  date         not null,
  informed_how varchar(32)  not null,
  note         text,
  recorded_by  varchar(64),
  recorded_at  timestamp with time zone not null
);
