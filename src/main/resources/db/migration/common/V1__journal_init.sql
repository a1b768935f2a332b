-- The change journal: one row per changed field of a record users see (design/journal.md).
-- One row: the id of this database, made once when it is first started.
create table database_identity (
    singleton   integer primary key check (singleton = 1),
    database_id uuid not null,
    created_at  timestamp with time zone not null
);

create sequence journal_seq start with 1;

create table journal_entry (
    seq         bigint primary key,
    origin_db   uuid not null,
    origin_seq  bigint not null,
    hlc         bigint not null,
    entity      varchar(40) not null,
    record_id   uuid not null,
    -- the record this one belongs to (a note's contact), so an audit view finds it after a delete
    parent_id   uuid,
    field       varchar(200) not null,
    field_value varchar,
    op          varchar(10) not null,
    user_id     uuid,
    constraint journal_entry_origin unique (origin_db, origin_seq)
);

create index journal_entry_record on journal_entry (record_id, seq);
create index journal_entry_parent on journal_entry (parent_id, seq);
