-- Calendar sharing (SPEC K8): the owner lets another user see the calendar (VIEW) or also
-- schedule activities in it (SCHEDULE). One row per owner and user; journaled like any record.
create table calendar_grant (
    id         uuid primary key,
    owner_id   uuid not null,
    grantee_id uuid not null,
    access     varchar(10) not null,
    version    bigint not null,
    constraint calendar_grant_pair unique (owner_id, grantee_id)
);

create index calendar_grant_grantee on calendar_grant (grantee_id);
