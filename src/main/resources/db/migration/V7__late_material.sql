-- A unit that did not deliver its material by its due date (article 6): the office may decide not to
-- wait for it; the talk then goes ahead and the unit's row records that decision instead of material.
alter table talk_material alter column material drop not null;
alter table talk_material add column waived_by varchar(64);
alter table talk_material add column waived_at timestamp with time zone;
alter table talk_material add column waiver_reason text;
