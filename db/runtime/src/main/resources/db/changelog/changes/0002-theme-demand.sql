--liquibase formatted sql

--changeset tracker:0002-theme-demand splitStatements:false
--comment: Themes (ordered) and demands (coded 1.2); edits keep their history through triggers.
create table theme (
  id          bigint generated always as identity primary key,
  campaign_id bigint      not null references campaign (id) on delete cascade,
  code        text        not null,
  position    integer     not null,
  title       text        not null,
  description text,
  retired_on  date,
  created_at  timestamptz not null default now(),
  updated_at  timestamptz not null default now(),
  version     integer     not null default 1,
  constraint theme_id_campaign_key unique (id, campaign_id),
  constraint theme_code_key unique (campaign_id, code),
  constraint theme_position_key unique (campaign_id, position) deferrable initially immediate,
  constraint theme_code_format check (code ~ '^[0-9]+$'),
  constraint theme_position_positive check (position > 0),
  constraint theme_title_not_blank check (length(btrim(title)) > 0),
  constraint theme_version_positive check (version > 0)
);

create table demand (
  id          bigint generated always as identity primary key,
  campaign_id bigint      not null,
  theme_id    bigint      not null,
  code        text        not null,
  title       text        not null,
  body        text,
  retired_on  date,
  created_at  timestamptz not null default now(),
  updated_at  timestamptz not null default now(),
  version     integer     not null default 1,
  constraint demand_theme_fk foreign key (theme_id, campaign_id) references theme (id, campaign_id) on delete cascade,
  constraint demand_id_campaign_key unique (id, campaign_id),
  constraint demand_code_key unique (campaign_id, code),
  constraint demand_code_format check (code ~ '^[0-9]+(\.[0-9]+)+$'),
  constraint demand_title_not_blank check (length(btrim(title)) > 0),
  constraint demand_version_positive check (version > 0)
);
create index demand_theme_idx on demand (theme_id);

-- Every update keeps the previous text, so a campaign can show how its demands evolved.
create table theme_revision (
  id          bigint generated always as identity primary key,
  theme_id    bigint      not null references theme (id) on delete cascade,
  version     integer     not null,
  code        text        not null,
  position    integer     not null,
  title       text        not null,
  description text,
  retired_on  date,
  valid_from  timestamptz not null,
  valid_until timestamptz not null default now(),
  constraint theme_revision_key unique (theme_id, version)
);

create table demand_revision (
  id          bigint generated always as identity primary key,
  demand_id   bigint      not null references demand (id) on delete cascade,
  version     integer     not null,
  theme_id    bigint      not null,
  code        text        not null,
  title       text        not null,
  body        text,
  retired_on  date,
  valid_from  timestamptz not null,
  valid_until timestamptz not null default now(),
  constraint demand_revision_key unique (demand_id, version)
);

create function theme_keep_revision() returns trigger language plpgsql as $$
begin
  if (old.code, old.position, old.title, old.description, old.retired_on)
     is distinct from (new.code, new.position, new.title, new.description, new.retired_on) then
    insert into theme_revision (theme_id, version, code, position, title, description, retired_on, valid_from)
    values (old.id, old.version, old.code, old.position, old.title, old.description, old.retired_on, old.updated_at);
  end if;
  return new;
end $$;

create trigger theme_keep_revision before update on theme
  for each row execute function theme_keep_revision();

create function demand_keep_revision() returns trigger language plpgsql as $$
begin
  if (old.theme_id, old.code, old.title, old.body, old.retired_on)
     is distinct from (new.theme_id, new.code, new.title, new.body, new.retired_on) then
    insert into demand_revision (demand_id, version, theme_id, code, title, body, retired_on, valid_from)
    values (old.id, old.version, old.theme_id, old.code, old.title, old.body, old.retired_on, old.updated_at);
  end if;
  return new;
end $$;

create trigger demand_keep_revision before update on demand
  for each row execute function demand_keep_revision();
--rollback drop table demand_revision; drop table theme_revision; drop table demand; drop table theme; drop function demand_keep_revision(); drop function theme_keep_revision();
