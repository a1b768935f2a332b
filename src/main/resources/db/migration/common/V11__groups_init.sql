-- Groups of contacts (SPEC G): a tree, each group under at most one parent.
create table contact_group (
    id                uuid primary key,
    parent_id         uuid references contact_group (id),
    group_name        varchar(200) not null,
    description       varchar(2000) default '' not null,
    phone             varchar(50) default '' not null,
    address           varchar(200) default '' not null,
    city              varchar(100) default '' not null,
    website           varchar(500) default '' not null,
    record_manager_id uuid not null,
    -- the membership rule as JSON (criteria and match, as a lookup takes them), or null
    membership_rule   varchar(20000),
    -- the name folded as lookups fold text; derived, never journaled
    group_name_search varchar(200) default '' not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    version           bigint not null
);

create index contact_group_parent on contact_group (parent_id, group_name_search, id);
create index contact_group_name on contact_group (group_name_search, id);

-- Who is in a group, and why: added by hand, matched by the group's rule, or both. A rule
-- member removed by hand stays as an exclusion, so the rule does not bring it back.
-- Hand membership is journaled as links; rule membership is derived from the rule and the
-- contacts (both journaled), so every database works it out itself.
create table group_member (
    group_id   uuid not null references contact_group (id),
    contact_id uuid not null,
    by_hand    boolean default false not null,
    by_rule    boolean default false not null,
    excluded   boolean default false not null,
    primary key (group_id, contact_id)
);

create index group_member_contact on group_member (contact_id, group_id);
