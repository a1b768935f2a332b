-- Teams of users (SPEC U3): a record with LIMITED access is seen by its record manager and by
-- the teams and users it is granted to.
create table team (
    id         uuid primary key,
    team_name  varchar(100) not null,
    -- the name folded as lookups fold text, so that two teams cannot differ only in case
    name_search   varchar(100) not null,
    created_at timestamp with time zone not null,
    version    bigint not null
);

create unique index team_name_search on team (name_search);

create table team_member (
    team_id uuid not null references team (id),
    user_id uuid not null,
    primary key (team_id, user_id)
);

create index team_member_user on team_member (user_id, team_id);

-- Who besides its record manager may see a record with LIMITED access: a team or a user
-- (grantee_kind TEAM or USER; ids never collide, so the visibility predicate matches either by
-- id). Journaled as the record's accessTeams and accessUsers fields.
create table record_grant (
    record_id    uuid not null,
    grantee_id   uuid not null,
    grantee_kind varchar(4) not null,
    primary key (record_id, grantee_id)
);

create index record_grant_grantee on record_grant (grantee_id, record_id);
