-- The fixed set of contacts that Lookup Tagged and Omit Tagged make the current lookup (ACT!'s
-- tag mode): later tagging does not change it. Working state of a user's lookup, kept while a
-- session may use it, not a record that is synchronized or audited, so not journaled.
create table lookup_snapshot (
    id         uuid primary key,
    owner_id   uuid not null,
    created_at timestamp with time zone not null
);

create index lookup_snapshot_owner on lookup_snapshot (owner_id, created_at);

create table lookup_snapshot_contact (
    snapshot_id uuid not null references lookup_snapshot (id) on delete cascade,
    contact_id  uuid not null,
    primary key (snapshot_id, contact_id)
);
