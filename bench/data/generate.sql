-- Seeded benchmark data set: 100 campaigns, 100,000 stakeholders, 1,000,000 interactions (with one participant and
-- one demand each), themes, demands, positions, press items, milestones, and one token per role per campaign.
-- Run on an EMPTY, migrated database:  psql "$URL" -v ON_ERROR_STOP=1 -f bench/data/generate.sql
-- (-v campaigns=10 loads fewer campaigns of the same shape, for quick runs).
-- Triggers (and so foreign-key checks) are off during the load for speed; the rows are consistent by construction,
-- and campaign_revision is filled at the end.
\set ON_ERROR_STOP on
\if :{?campaigns}
\else
  \set campaigns 100
\endif
select setseed(0.42);
set session_replication_role = replica;

insert into campaign (id, slug, name, deadline, default_language)
overriding system value
select c, 'bench-' || lpad(c::text, 3, '0'), 'Campagne de test ' || c, date '2026-07-01', 'fr'
from generate_series(1, :campaigns) c;

-- 5 themes × 4 demands per campaign.
insert into theme (id, campaign_id, code, position, title)
overriding system value
select (c - 1) * 5 + t, c, t::text, t, 'Thème ' || t from generate_series(1, :campaigns) c, generate_series(1, 5) t;

insert into demand (id, campaign_id, theme_id, code, title)
overriding system value
select ((c - 1) * 5 + t - 1) * 4 + d, c, (c - 1) * 5 + t, t || '.' || d, 'Exigence ' || t || '.' || d
from generate_series(1, :campaigns) c, generate_series(1, 5) t, generate_series(1, 4) d;

-- 1,000 stakeholders per campaign; the first 10 are direct targets, every 50th is an organisation.
insert into stakeholder (id, campaign_id, kind, name, name_key, function_title, category, power, stance, notes)
overriding system value
select (c - 1) * 1000 + s, c,
       (case when s % 50 = 0 then 'organisation' else 'person' end)::stakeholder_kind,
       'Personne ' || c || '-' || s, 'personne ' || c || '-' || s,
       case when s % 50 = 0 then null else 'Fonction ' || (s % 17) end,
       (case when s <= 10 then 'direct_target' when s % 7 = 0 then 'ally' else 'neutral' end)::stakeholder_category,
       1 + (s % 5), (s % 5) - 2, 'notes privées ' || s
from generate_series(1, :campaigns) c, generate_series(1, 1000) s;

-- 10,000 interactions per campaign over three years, each with one participant and one demand.
insert into interaction (id, campaign_id, kind, occurred_on, title, summary, public_summary)
overriding system value
select (c - 1) * 10000 + i, c, 'meeting', date '2023-01-01' + (i % 1095), 'Rencontre ' || i,
       'résumé privé ' || i, 'résumé public ' || i
from generate_series(1, :campaigns) c, generate_series(1, 10000) i;

insert into interaction_participant (interaction_id, stakeholder_id, campaign_id)
select (c - 1) * 10000 + i, (c - 1) * 1000 + 1 + (i % 1000), c
from generate_series(1, :campaigns) c, generate_series(1, 10000) i;

-- Each link carries its interaction's date (changeset 0027; the trigger that copies it is off during the load).
insert into interaction_demand (interaction_id, demand_id, campaign_id, occurred_on)
select (c - 1) * 10000 + i, (c - 1) * 20 + 1 + (i % 20), c, date '2023-01-01' + (i % 1095)
from generate_series(1, :campaigns) c, generate_series(1, 10000) i;

-- 200 press items per campaign, each on one demand.
insert into press_item (id, campaign_id, outlet, medium, published_on, title, url)
overriding system value
select (c - 1) * 200 + p, c, 'Média ' || (p % 9), 'web', date '2023-01-01' + (p * 5), 'Article ' || p,
       'https://example.org/' || c || '/' || p
from generate_series(1, :campaigns) c, generate_series(1, 200) p;

insert into press_demand (press_item_id, demand_id, campaign_id)
select (c - 1) * 200 + p, (c - 1) * 20 + 1 + (p % 20), c from generate_series(1, :campaigns) c, generate_series(1, 200) p;

-- Positions: each direct target on each demand, three statements over time, with evidence.
insert into position (campaign_id, stakeholder_id, demand_id, level, stated_on, evidence_interaction_id)
select c, (c - 1) * 1000 + s, (c - 1) * 20 + d,
       (array['hesitant', 'supportive', 'committed_verbally', 'committed_in_writing', 'opposed'])
         [1 + floor(random() * 5)::int]::position_level,
       date '2023-01-01' + k * 200 + s, (c - 1) * 10000 + 1 + ((s * 20 + d + k) % 10000)
from generate_series(1, :campaigns) c, generate_series(1, 10) s, generate_series(1, 20) d, generate_series(0, 2) k;

insert into milestone (campaign_id, title, days_before_deadline)
select c, 'Jalon ' || m, m * 20 from generate_series(1, :campaigns) c, generate_series(1, 10) m;

-- Tokens with known values, so the benchmark can use them:
--   ct_<B|A|C><campaign, 11 digits>_<43 × 's'>   (B = partner, A = adviser, C = coordinator)
insert into api_token (campaign_id, role, label, lookup, secret_hash)
select c, r.role::token_role, 'bench ' || r.role, r.letter || lpad(c::text, 11, '0'), sha256(convert_to(repeat('s', 43), 'UTF8'))
from generate_series(1, :campaigns) c,
     (values ('partner', 'B'), ('adviser', 'A'), ('coordinator', 'C')) as r(role, letter);

set session_replication_role = origin;
insert into campaign_revision (campaign_id, shard, revision) select id, 0, 1 from campaign;

select setval(pg_get_serial_sequence(t, 'id'), (select max(id) from campaign)) from (values ('campaign')) v(t);
select setval(pg_get_serial_sequence('theme', 'id'), (select max(id) from theme));
select setval(pg_get_serial_sequence('demand', 'id'), (select max(id) from demand));
select setval(pg_get_serial_sequence('stakeholder', 'id'), (select max(id) from stakeholder));
select setval(pg_get_serial_sequence('interaction', 'id'), (select max(id) from interaction));
select setval(pg_get_serial_sequence('press_item', 'id'), (select max(id) from press_item));
analyze;
