--liquibase formatted sql

--changeset tracker:0028-foreign-key-indexes
--comment: Every foreign key gets an index that leads with its id column. Without one, deleting the row it points to made PostgreSQL read the whole referencing table to find the rows to cascade to or clear: each deleted interaction read every campaign's positions, commitments and follow-ups, so deleting a campaign with many interactions took minutes (200,000 interactions of the benchmark data set: cancelled after 10 minutes). The nullable evidence and owner columns are indexed where set.
create index position_evidence_interaction_idx on "position" (evidence_interaction_id) where evidence_interaction_id is not null;
create index position_evidence_press_item_idx on "position" (evidence_press_item_id) where evidence_press_item_id is not null;
create index commitment_interaction_idx on commitment (interaction_id) where interaction_id is not null;
create index commitment_demand_idx on commitment (demand_id) where demand_id is not null;
create index follow_up_interaction_idx on follow_up (interaction_id) where interaction_id is not null;
create index follow_up_owner_idx on follow_up (owner_id) where owner_id is not null;
create index member_organisation_idx on member (organisation_id) where organisation_id is not null;
create index testimony_collected_by_idx on testimony (collected_by_id) where collected_by_id is not null;
create index testimony_demand_demand_idx on testimony_demand (demand_id);
create index testimony_theme_theme_idx on testimony_theme (theme_id);
create index press_theme_theme_idx on press_theme (theme_id);
create index press_testimony_testimony_idx on press_testimony (testimony_id);
create index milestone_dependency_depends_on_idx on milestone_dependency (depends_on_id);
create index training_campaign_idx on training (campaign_id);
--rollback drop index position_evidence_interaction_idx, position_evidence_press_item_idx, commitment_interaction_idx, commitment_demand_idx, follow_up_interaction_idx, follow_up_owner_idx, member_organisation_idx, testimony_collected_by_idx, testimony_demand_demand_idx, testimony_theme_theme_idx, press_theme_theme_idx, press_testimony_testimony_idx, milestone_dependency_depends_on_idx, training_campaign_idx;
