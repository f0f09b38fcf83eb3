-- A regular talk the office deliberately arranges while another regular talk with the same top
-- leader is still open (the start form's 「另行安排的谈话」). Without the tick a second regular talk
-- for a top leader with an open one is refused.
alter table talk add column additional boolean not null default false;
