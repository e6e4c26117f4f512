-- History (Hibernate Envers) for every record staff edit, not only events and task progress: each audit table holds
-- the audited columns of its table plus the revision and its kind. The columns are copied from the live tables so the
-- two cannot drift; search columns derived from the texts are left out.

create function registry_audit_table(live text, key_columns text) returns void
    language plpgsql
    set search_path from current as
$$
begin
    execute format('create table %I as select * from %I with no data', live || '_aud', live);
    execute format('alter table %I add column rev bigint not null references revinfo, add column revtype smallint',
                   live || '_aud');
    execute format('alter table %I add primary key (%s, rev)', live || '_aud', key_columns);
    execute format('create index %I on %I (rev)', live || '_aud_rev_idx', live || '_aud');
end
$$;

select registry_audit_table('country', 'code');
select registry_audit_table('organisation', 'id');
select registry_audit_table('institution', 'id');
select registry_audit_table('funding_programme', 'id');
select registry_audit_table('presidency', 'id');
select registry_audit_table('priority', 'id');
select registry_audit_table('priority_lead_institution', 'priority_id, institution_id');
select registry_audit_table('priority_task', 'id');
select registry_audit_table('working_group', 'id');
select registry_audit_table('working_group_role', 'id');
select registry_audit_table('project', 'id');
select registry_audit_table('project_partner', 'id');

drop function registry_audit_table(text, text);

-- Derived search columns and optimistic-locking versions are not part of a record's history.
do
$$
declare
    audited record;
begin
    for audited in
        select c.table_name, c.column_name
        from information_schema.columns c
        where c.table_schema = current_schema()
          and c.table_name like '%\_aud'
          and c.table_name in ('country_aud', 'organisation_aud', 'institution_aud', 'funding_programme_aud',
                               'presidency_aud', 'priority_aud', 'priority_lead_institution_aud', 'priority_task_aud',
                               'working_group_aud', 'working_group_role_aud', 'project_aud', 'project_partner_aud')
          and (c.column_name like 'search\_%' or c.column_name = 'version')
    loop
        execute format('alter table %I drop column %I', audited.table_name, audited.column_name);
    end loop;
end
$$;
