create table note (
    id          uuid primary key,
    contact_id  uuid,
    group_id    uuid,
    body        varchar not null,
    is_private  boolean default false not null,
    author_id   uuid not null,
    noted_at    timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint not null
);

create index note_contact on note (contact_id, noted_at, id);
create index note_group on note (group_id, noted_at, id);

create table history_item (
    id            uuid primary key,
    contact_id    uuid,
    group_id      uuid,
    kind          varchar(30) not null,
    activity_type varchar(40),
    result        varchar(30),
    regarding     varchar(2000) default '' not null,
    details       varchar default '' not null,
    is_private    boolean default false not null,
    user_id       uuid not null,
    occurred_at   timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    version       bigint not null
);

create index history_item_contact on history_item (contact_id, occurred_at, id);
create index history_item_group on history_item (group_id, occurred_at, id);
