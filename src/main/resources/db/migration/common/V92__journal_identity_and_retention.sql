-- What the database looked like when it took its id (DatabaseIdentity explains the fingerprint):
-- a copy or a restore looks different, and takes a new id.
alter table database_identity add column fingerprint varchar(2000);
-- H2 only: the token also written to the marker file beside the database file, changed at each
-- start and stop, so that older database files restored over the same path are told apart.
alter table database_identity add column marker varchar(100);

-- The ids this database had before it found itself a copy or a restore (or was told so).
create table database_identity_history (
    previous_id uuid primary key,
    new_id      uuid not null,
    minted_at   timestamp with time zone not null,
    reason      varchar(2000) not null
);

-- The databases that synchronize with this one, and how far each has confirmed having this
-- database's journal: compaction keeps everything past the lowest confirmation.
create table sync_partner (
    partner_id         uuid primary key,
    name               varchar(200) not null,
    confirmed_position bigint not null,
    confirmed_at       timestamp with time zone
);
