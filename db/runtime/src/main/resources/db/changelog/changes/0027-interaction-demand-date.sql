--liquibase formatted sql

--changeset tracker:0027-interaction-demand-date splitStatements:false
--comment: Each link of an interaction to a demand carries the interaction's date, indexed per demand newest first, so the latest interactions of every demand are a few index reads instead of a sort of all the campaign's links. Triggers keep the copy equal to the interaction's date.
alter table interaction_demand add column occurred_on date;
update interaction_demand l set occurred_on = i.occurred_on from interaction i where i.id = l.interaction_id;
alter table interaction_demand alter column occurred_on set not null;
create index interaction_demand_latest_idx on interaction_demand (demand_id, occurred_on desc, interaction_id desc);
-- It serves every lookup by demand the former index served.
drop index interaction_demand_demand_idx;

-- A link written without the date takes the interaction's; a link with a date other than its interaction's is refused.
create function interaction_demand_date() returns trigger language plpgsql as $$
declare
  actual date;
begin
  select occurred_on into actual from interaction where id = new.interaction_id;
  if new.occurred_on is null then
    new.occurred_on := actual;
  elsif actual is not null and actual <> new.occurred_on then
    raise exception 'interaction_demand.occurred_on % differs from interaction % date %',
      new.occurred_on, new.interaction_id, actual using errcode = 'check_violation';
  end if;
  return new;
end $$;
create trigger interaction_demand_date before insert or update of occurred_on, interaction_id on interaction_demand
  for each row execute function interaction_demand_date();

-- An interaction moved to another date moves its links with it.
create function interaction_date_to_demands() returns trigger language plpgsql as $$
begin
  update interaction_demand set occurred_on = new.occurred_on where interaction_id = new.id;
  return null;
end $$;
create trigger interaction_date_to_demands after update of occurred_on on interaction
  for each row when (old.occurred_on is distinct from new.occurred_on) execute function interaction_date_to_demands();
--rollback drop trigger interaction_date_to_demands on interaction; drop function interaction_date_to_demands(); drop trigger interaction_demand_date on interaction_demand; drop function interaction_demand_date(); create index interaction_demand_demand_idx on interaction_demand (demand_id); drop index interaction_demand_latest_idx; alter table interaction_demand drop column occurred_on;
