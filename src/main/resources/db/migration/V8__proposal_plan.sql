-- A proposal the office puts into an annual plan instead of starting a timely talk (article 6):
-- decision = 'PLAN' and the plan year, whose draft then lists the proposed leader first.
alter table talk_proposal add column plan_year integer;
