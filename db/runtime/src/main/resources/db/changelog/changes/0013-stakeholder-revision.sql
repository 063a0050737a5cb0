--liquibase formatted sql

--changeset tracker:0013-stakeholder-revision splitStatements:false
--comment: Stance, power, category and function over time: every change keeps the previous values.
create table stakeholder_revision (
  id              bigint generated always as identity primary key,
  stakeholder_id  bigint               not null,
  version         integer              not null,
  function_title  text,
  organisation_id bigint,
  category        stakeholder_category not null,
  power           smallint             not null,
  stance          smallint             not null,
  valid_from      timestamptz          not null,
  valid_until     timestamptz          not null default now(),
  constraint stakeholder_revision_stakeholder_fk foreign key (stakeholder_id) references stakeholder (id) on delete cascade,
  constraint stakeholder_revision_key unique (stakeholder_id, version)
);

create function stakeholder_keep_revision() returns trigger language plpgsql as $$
begin
  if (old.function_title, old.organisation_id, old.category, old.power, old.stance)
     is distinct from (new.function_title, new.organisation_id, new.category, new.power, new.stance) then
    insert into stakeholder_revision (stakeholder_id, version, function_title, organisation_id, category, power, stance,
                                      valid_from)
    values (old.id, old.version, old.function_title, old.organisation_id, old.category, old.power, old.stance,
            old.updated_at);
  end if;
  return new;
end $$;

create trigger stakeholder_keep_revision before update on stakeholder
  for each row execute function stakeholder_keep_revision();
--rollback drop trigger stakeholder_keep_revision on stakeholder; drop function stakeholder_keep_revision(); drop table stakeholder_revision;
