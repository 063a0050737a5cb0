--liquibase formatted sql

--changeset tracker:0022-audit-outside-backups splitStatements:false
--comment: The audit trail joins the erasure ledger in the "privacy" schema, which backups leave out: restoring an
--comment: older backup must not erase the record of who read, changed or erased personal data since.
do $$
begin
  if to_regclass('privacy.audit_event') is null then
    alter table public.audit_event set schema privacy;
  else
    -- An older backup was restored and changeset 0020 ran again: keep the trail that survived, drop the new copy.
    insert into privacy.audit_event (at, campaign_id, actor_kind, actor, action, via, subject, record_ids)
    select at, campaign_id, actor_kind, actor, action, via, subject, record_ids from public.audit_event;
    drop table public.audit_event;
  end if;
end $$;
--rollback alter table privacy.audit_event set schema public;
