--liquibase formatted sql

--changeset tracker:0030-dates-in-range
--comment: Every date a user gives lies between 1900-01-01 and 2100-12-31, as core checks before writing (CampaignDates). A backstop for writes that bypass core. NOT VALID: existing rows are not checked, so a database holding an older out-of-range row still migrates; new and updated rows are.
alter table campaign add constraint campaign_deadline_range check (deadline between date '1900-01-01' and date '2100-12-31') not valid;
alter table theme add constraint theme_retired_on_range check (retired_on between date '1900-01-01' and date '2100-12-31') not valid;
alter table demand add constraint demand_retired_on_range check (retired_on between date '1900-01-01' and date '2100-12-31') not valid;
alter table relationship add constraint relationship_since_range check (since between date '1900-01-01' and date '2100-12-31') not valid;
alter table relationship add constraint relationship_until_range check (until between date '1900-01-01' and date '2100-12-31') not valid;
alter table training add constraint training_held_on_range check (held_on between date '1900-01-01' and date '2100-12-31') not valid;
alter table interaction add constraint interaction_occurred_on_range check (occurred_on between date '1900-01-01' and date '2100-12-31') not valid;
alter table press_item add constraint press_item_published_on_range check (published_on between date '1900-01-01' and date '2100-12-31') not valid;
alter table testimony add constraint testimony_collected_on_range check (collected_on between date '1900-01-01' and date '2100-12-31') not valid;
alter table testimony_consent add constraint testimony_consent_given_on_range check (given_on between date '1900-01-01' and date '2100-12-31') not valid;
alter table testimony_consent add constraint testimony_consent_expires_on_range check (expires_on between date '1900-01-01' and date '2100-12-31') not valid;
alter table testimony_consent add constraint testimony_consent_withdrawn_on_range check (withdrawn_on between date '1900-01-01' and date '2100-12-31') not valid;
alter table "position" add constraint position_stated_on_range check (stated_on between date '1900-01-01' and date '2100-12-31') not valid;
alter table commitment add constraint commitment_made_on_range check (made_on between date '1900-01-01' and date '2100-12-31') not valid;
alter table commitment add constraint commitment_due_on_range check (due_on between date '1900-01-01' and date '2100-12-31') not valid;
alter table commitment add constraint commitment_confirmation_requested_on_range check (confirmation_requested_on between date '1900-01-01' and date '2100-12-31') not valid;
alter table commitment add constraint commitment_confirmation_received_on_range check (confirmation_received_on between date '1900-01-01' and date '2100-12-31') not valid;
alter table commitment add constraint commitment_status_changed_on_range check (status_changed_on between date '1900-01-01' and date '2100-12-31') not valid;
alter table milestone add constraint milestone_due_on_range check (due_on between date '1900-01-01' and date '2100-12-31') not valid;
alter table milestone add constraint milestone_done_on_range check (done_on between date '1900-01-01' and date '2100-12-31') not valid;
alter table follow_up add constraint follow_up_due_on_range check (due_on between date '1900-01-01' and date '2100-12-31') not valid;
alter table follow_up add constraint follow_up_done_on_range check (done_on between date '1900-01-01' and date '2100-12-31') not valid;
--rollback alter table campaign drop constraint campaign_deadline_range; alter table theme drop constraint theme_retired_on_range; alter table demand drop constraint demand_retired_on_range; alter table relationship drop constraint relationship_since_range; alter table relationship drop constraint relationship_until_range; alter table training drop constraint training_held_on_range; alter table interaction drop constraint interaction_occurred_on_range; alter table press_item drop constraint press_item_published_on_range; alter table testimony drop constraint testimony_collected_on_range; alter table testimony_consent drop constraint testimony_consent_given_on_range; alter table testimony_consent drop constraint testimony_consent_expires_on_range; alter table testimony_consent drop constraint testimony_consent_withdrawn_on_range; alter table "position" drop constraint position_stated_on_range; alter table commitment drop constraint commitment_made_on_range; alter table commitment drop constraint commitment_due_on_range; alter table commitment drop constraint commitment_confirmation_requested_on_range; alter table commitment drop constraint commitment_confirmation_received_on_range; alter table commitment drop constraint commitment_status_changed_on_range; alter table milestone drop constraint milestone_due_on_range; alter table milestone drop constraint milestone_done_on_range; alter table follow_up drop constraint follow_up_due_on_range; alter table follow_up drop constraint follow_up_done_on_range;
