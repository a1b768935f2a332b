-- The journal becomes replicable (design/journal.md, "What replication needs from the journal").
--
-- Commit order: an entry's seq is taken at insert, so a long transaction commits low seqs after
-- other transactions' higher ones. Each writing transaction now has an id (txn), and when it
-- commits it takes the next position of journal_commit under the lock of journal_head's one row,
-- held to the end of the commit: positions are handed out in commit order, and a reader of
-- "positions after N" can never miss a transaction that commits later with a lower one.
alter table journal_entry add column txn bigint default 0 not null;
-- the record's hlc before this change (null for a creation): a change that loses to another
-- was concurrent with it when its database had not seen the winner, i.e. base_hlc < winner's hlc
alter table journal_entry add column base_hlc bigint;
-- where the entry came from another database: its commit position there (null for local entries,
-- whose position is their transaction's in journal_commit)
alter table journal_entry add column origin_position bigint;
-- the format of field names and values: 1 for column names and the web API's JSON, 2 for the
-- journal's own logical names and serializer
alter table journal_entry add column format smallint default 1 not null;
-- fields that make sense only in this database (its users' secrets, their own settings of it):
-- journaled for the audit log, never exported
alter table journal_entry add column local_only boolean default false not null;
-- a change from another database that arrived after a newer one of the same field: journaled,
-- never applied (a replay skips it too)
alter table journal_entry add column lost boolean default false not null;
create index journal_entry_txn on journal_entry (txn, seq);
create index journal_entry_origin_position on journal_entry (origin_db, origin_position, origin_seq);
create index journal_entry_record_field on journal_entry (record_id, field, hlc);

create table journal_commit (
    position     bigint primary key,
    txn          bigint not null,
    committed_at timestamp with time zone not null,
    constraint journal_commit_txn unique (txn)
);
-- the entries written before transactions had ids: one transaction at position 1, in seq order
insert into journal_commit (position, txn, committed_at) values (1, 0, current_timestamp);

create table journal_head (
    singleton     integer primary key check (singleton = 1),
    last_position bigint not null
);
insert into journal_head (singleton, last_position) values (1, 1);

-- A change that arrived from another database and lost to a concurrent one, field by field, so
-- a user can see and restore the losing value.
create table journal_conflict (
    id                bigint primary key,
    entity            varchar(40) not null,
    record_id         uuid not null,
    field             varchar(200) not null,
    losing_value      varchar,
    losing_hlc        bigint not null,
    losing_origin_db  uuid not null,
    losing_origin_seq bigint not null,
    losing_user_id    uuid,
    winning_value     varchar,
    winning_hlc       bigint not null,
    winning_origin_db uuid not null,
    winning_origin_seq bigint not null,
    detected_at       timestamp with time zone not null,
    constraint journal_conflict_loser unique (losing_origin_db, losing_origin_seq)
);
create sequence journal_conflict_seq start with 1;
create index journal_conflict_record on journal_conflict (record_id);

-- One clock per database, not per server: every journaled row keeps the hlc of its last change,
-- and its next change takes max(wall clock, the server's last + 1, the row's hlc + 1) under the
-- row's lock, so two servers on one database cannot order a record's changes backwards.
alter table contact add column hlc bigint default 0 not null;
alter table contact_group add column hlc bigint default 0 not null;
alter table activity add column hlc bigint default 0 not null;
alter table activity_series add column hlc bigint default 0 not null;
alter table activity_type add column hlc bigint default 0 not null;
alter table api_token add column hlc bigint default 0 not null;
alter table app_user add column hlc bigint default 0 not null;
alter table calendar_grant add column hlc bigint default 0 not null;
alter table contact_status add column hlc bigint default 0 not null;
alter table custom_field add column hlc bigint default 0 not null;
alter table document add column hlc bigint default 0 not null;
alter table history_item add column hlc bigint default 0 not null;
alter table note add column hlc bigint default 0 not null;
alter table saved_lookup add column hlc bigint default 0 not null;
alter table series add column hlc bigint default 0 not null;
alter table series_run add column hlc bigint default 0 not null;
alter table series_step add column hlc bigint default 0 not null;
alter table task_list_filter add column hlc bigint default 0 not null;
alter table team add column hlc bigint default 0 not null;
update contact set hlc = coalesce((select max(j.hlc) from journal_entry j where j.record_id = contact.id), 0);
update contact_group set hlc = coalesce((select max(j.hlc) from journal_entry j where j.record_id = contact_group.id), 0);
update activity set hlc = coalesce((select max(j.hlc) from journal_entry j where j.record_id = activity.id), 0);
update activity_series set hlc = coalesce((select max(j.hlc) from journal_entry j where j.record_id = activity_series.id), 0);
update activity_type set hlc = coalesce((select max(j.hlc) from journal_entry j where j.record_id = activity_type.id), 0);
update api_token set hlc = coalesce((select max(j.hlc) from journal_entry j where j.record_id = api_token.id), 0);
update app_user set hlc = coalesce((select max(j.hlc) from journal_entry j where j.record_id = app_user.id), 0);
update calendar_grant set hlc = coalesce((select max(j.hlc) from journal_entry j where j.record_id = calendar_grant.id), 0);
update contact_status set hlc = coalesce((select max(j.hlc) from journal_entry j where j.record_id = contact_status.id), 0);
update custom_field set hlc = coalesce((select max(j.hlc) from journal_entry j where j.record_id = custom_field.id), 0);
update document set hlc = coalesce((select max(j.hlc) from journal_entry j where j.record_id = document.id), 0);
update history_item set hlc = coalesce((select max(j.hlc) from journal_entry j where j.record_id = history_item.id), 0);
update note set hlc = coalesce((select max(j.hlc) from journal_entry j where j.record_id = note.id), 0);
update saved_lookup set hlc = coalesce((select max(j.hlc) from journal_entry j where j.record_id = saved_lookup.id), 0);
update series set hlc = coalesce((select max(j.hlc) from journal_entry j where j.record_id = series.id), 0);
update series_run set hlc = coalesce((select max(j.hlc) from journal_entry j where j.record_id = series_run.id), 0);
update series_step set hlc = coalesce((select max(j.hlc) from journal_entry j where j.record_id = series_step.id), 0);
update task_list_filter set hlc = coalesce((select max(j.hlc) from journal_entry j where j.record_id = task_list_filter.id), 0);
update team set hlc = coalesce((select max(j.hlc) from journal_entry j where j.record_id = team.id), 0);
