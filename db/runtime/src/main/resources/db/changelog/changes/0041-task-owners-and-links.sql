--liquibase formatted sql

--changeset tracker:0041-task-owners-and-links
--comment: Commitments to chase get an owner (a member), as follow-ups have; a follow-up may point to a stakeholder or a demand as well as to a meeting.
alter table commitment add column owner_id bigint;
alter table commitment add constraint commitment_owner_fk foreign key (owner_id, campaign_id)
  references member (id, campaign_id) on delete set null (owner_id);
create index commitment_owner_idx on commitment (owner_id) where owner_id is not null;
alter table follow_up add column stakeholder_id bigint;
alter table follow_up add column demand_id bigint;
alter table follow_up add constraint follow_up_stakeholder_fk foreign key (stakeholder_id, campaign_id)
  references stakeholder (id, campaign_id) on delete set null (stakeholder_id);
alter table follow_up add constraint follow_up_demand_fk foreign key (demand_id, campaign_id)
  references demand (id, campaign_id) on delete set null (demand_id);
create index follow_up_stakeholder_idx on follow_up (stakeholder_id) where stakeholder_id is not null;
create index follow_up_demand_idx on follow_up (demand_id) where demand_id is not null;
--rollback drop index follow_up_demand_idx; drop index follow_up_stakeholder_idx; alter table follow_up drop constraint follow_up_demand_fk; alter table follow_up drop constraint follow_up_stakeholder_fk; alter table follow_up drop column demand_id; alter table follow_up drop column stakeholder_id; drop index commitment_owner_idx; alter table commitment drop constraint commitment_owner_fk; alter table commitment drop column owner_id;
