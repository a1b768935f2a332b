-- Activity series (SPEC S1-S3): a named, ordered plan of steps, scheduled in one run for many
-- contacts. Not to be confused with activity_series, which keeps a recurring activity's rule.
create table series (
    id          uuid primary key,
    name        varchar(200) not null,
    -- the name folded to lower case: two series may not share a name however it is written
    name_search varchar(200) not null,
    description varchar(4000) default '' not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint not null,
    constraint series_name_unique unique (name_search)
);

-- One step of a series: which activity, and when, counted from the start date of a run.
create table series_step (
    id               uuid primary key,
    series_id        uuid not null references series (id),
    position         integer not null,
    type_code        varchar(40) not null,
    duration_minutes integer not null,
    priority         varchar(10) not null,
    regarding        varchar(2000) not null,
    offset_amount    integer not null,
    offset_unit      varchar(10) not null,
    alarm_minutes    integer,
    weekend_rule     varchar(20) not null,
    version          bigint not null
);

create index series_step_series on series_step (series_id, position);

-- One scheduling of a series: the activities it created carry its id (activity.series_run_id).
-- It keeps the series' name, so that its history outlives a deleted series; no foreign keys to
-- the series or the users, which other modules own.
create table series_run (
    id           uuid primary key,
    series_id    uuid not null,
    series_name  varchar(200) not null,
    start_date   date not null,
    owner_id     uuid not null,
    scheduled_by uuid not null,
    -- whom it was for: CONTACTS, LOOKUP, GROUP or ALL, and a name that says which (a contact, a group)
    target_kind  varchar(10) not null,
    target_name  varchar(400) default '' not null,
    contacts     integer not null,
    activities   integer not null,
    scheduled_at timestamp with time zone not null,
    undone_at    timestamp with time zone,
    version      bigint not null
);

create index series_run_series on series_run (series_id, scheduled_at);

-- The run an activity was scheduled by, if any; no foreign key (the series module owns its runs).
alter table activity add column series_run_id uuid;

-- undoing a run walks its activities by id, so that each batch starts after the last one erased
create index activity_series_run on activity (series_run_id, id);
