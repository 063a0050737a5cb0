--liquibase formatted sql

--changeset tracker:0042-planned-and-contributed-interactions
--comment: An interaction is planned, held or cancelled; it is made by the coalition or on behalf of one partner
--comment: organisation; it records who logged it (a member, or the organisation whose token wrote it); a coordinator
--comment: may reject what a partner contributed (kept, with the reason, out of the coalition's log). A campaign says
--comment: how many days apart two organisations' meetings with one target count as a double ask.
create type interaction_status as enum ('planned', 'held', 'cancelled');
alter table interaction add column status interaction_status not null default 'held';
-- Until now a date in the future meant a planned meeting.
update interaction set status = 'planned' where occurred_on > current_date;
alter table interaction add column organisation_id bigint;
alter table interaction add column logged_by_member_id bigint;
alter table interaction add column logged_by_organisation_id bigint;
alter table interaction add column rejected_at timestamptz;
alter table interaction add column rejection_reason text;
alter table interaction add constraint interaction_organisation_fk foreign key (organisation_id, campaign_id)
  references stakeholder (id, campaign_id) on delete set null (organisation_id);
alter table interaction add constraint interaction_logged_by_member_fk foreign key (logged_by_member_id, campaign_id)
  references member (id, campaign_id) on delete set null (logged_by_member_id);
alter table interaction add constraint interaction_logged_by_organisation_fk
  foreign key (logged_by_organisation_id, campaign_id)
  references stakeholder (id, campaign_id) on delete set null (logged_by_organisation_id);
alter table interaction add constraint interaction_logged_by_one check
  (logged_by_member_id is null or logged_by_organisation_id is null);
alter table interaction add constraint interaction_rejection_reason_bounded check
  (rejection_reason is null or length(rejection_reason) <= 2000);
alter table interaction add constraint interaction_rejection_reason_needs_rejection check
  (rejection_reason is null or rejected_at is not null);
create index interaction_organisation_idx on interaction (organisation_id) where organisation_id is not null;
create index interaction_logged_by_member_idx on interaction (logged_by_member_id)
  where logged_by_member_id is not null;
create index interaction_logged_by_organisation_idx on interaction (logged_by_organisation_id)
  where logged_by_organisation_id is not null;
create index interaction_planned_idx on interaction (campaign_id, occurred_on) where status = 'planned';

alter table campaign add column double_ask_days integer not null default 14;
alter table campaign add constraint campaign_double_ask_days_range check (double_ask_days between 0 and 90);
--rollback alter table campaign drop constraint campaign_double_ask_days_range, drop column double_ask_days;
--rollback drop index interaction_planned_idx; drop index interaction_logged_by_organisation_idx; drop index interaction_logged_by_member_idx; drop index interaction_organisation_idx;
--rollback alter table interaction drop constraint interaction_rejection_reason_needs_rejection, drop constraint interaction_rejection_reason_bounded, drop constraint interaction_logged_by_one, drop constraint interaction_logged_by_organisation_fk, drop constraint interaction_logged_by_member_fk, drop constraint interaction_organisation_fk;
--rollback alter table interaction drop column rejection_reason, drop column rejected_at, drop column logged_by_organisation_id, drop column logged_by_member_id, drop column organisation_id, drop column status; drop type interaction_status;
