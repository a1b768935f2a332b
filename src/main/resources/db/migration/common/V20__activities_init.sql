-- Activity types: the three built-ins (their names come from the messages files) and the ones
-- administrators add. Activities refer to a type by its code, as the API does.
create table activity_type (
    id               uuid primary key,
    code             varchar(40) not null,
    name             varchar(100) default '' not null,
    color            varchar(7),
    default_duration integer not null,
    default_alarm    integer,
    built_in         boolean default false not null,
    version          bigint not null,
    constraint activity_type_code unique (code)
);

-- The built-in types have the same ids in every database, so synchronization matches them.
insert into activity_type (id, code, name, color, default_duration, default_alarm, built_in, version) values
    ('01890000-0000-7000-8000-0000000000a1', 'CALL', '', '#3366ff', 15, null, true, 1),
    ('01890000-0000-7000-8000-0000000000a2', 'MEETING', '', '#2e8b57', 60, 15, true, 1),
    ('01890000-0000-7000-8000-0000000000a3', 'TODO', '', '#d2691e', 30, null, true, 1);

-- A recurring activity: the rule is kept here, its occurrences are ordinary activity rows
-- (series_id), so the task list, alarms and clearing work per occurrence.
create table activity_series (
    id            uuid primary key,
    frequency     varchar(10) not null,
    repeat_every  integer not null,
    weekdays      varchar(60) default '' not null,
    monthly_by    varchar(20),
    week_of_month integer,
    start_date    date not null,
    until_date    date,
    occurrences   integer,
    owner_id      uuid not null,
    version       bigint not null
);

-- Dates and times are the wall-clock ones the user typed (the display zone); starts_at and
-- ends_at are derived from them for overlap checks; alarm_at is the instant the reminder is due
-- (moved by snoozing, emptied by dismissing or clearing).
create table activity (
    id               uuid primary key,
    type_code        varchar(40) not null,
    activity_date    date not null,
    start_time       time,
    duration_minutes integer not null,
    starts_at        timestamp not null,
    ends_at          timestamp not null,
    owner_id         uuid not null,
    scheduled_by     uuid not null,
    regarding        varchar(2000) default '' not null,
    details          varchar default '' not null,
    priority         varchar(10) not null,
    color            varchar(7),
    alarm_minutes    integer,
    alarm_at         timestamp with time zone,
    is_private       boolean default false not null,
    -- the associated group; no foreign key (the groups module owns its table)
    group_id         uuid,
    series_id        uuid references activity_series (id),
    cleared_at       timestamp with time zone,
    cleared_by       uuid,
    result           varchar(20),
    result_notes     varchar default '' not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    version          bigint not null
);

-- the task list of a user for a range of dates (open and cleared)
create index activity_owner_date on activity (owner_id, activity_date, id);
-- overlap checks: the user's activities starting shortly before a new one ends
create index activity_owner_start on activity (owner_id, starts_at);
-- the reminder list: a user's due alarms
create index activity_owner_alarm on activity (owner_id, alarm_at);
create index activity_series_member on activity (series_id);
create index activity_group on activity (group_id);

-- With whom: one row per contact of an activity, a journaled record of its own.
create table activity_contact (
    id          uuid primary key,
    activity_id uuid not null references activity (id),
    contact_id  uuid not null,
    version     bigint not null,
    constraint activity_contact_unique unique (activity_id, contact_id)
);

create index activity_contact_contact on activity_contact (contact_id, activity_id);

-- Each user's remembered task list filter (JSON), one row per user.
create table task_list_filter (
    id       uuid primary key,
    user_id  uuid not null,
    settings varchar(4000) not null,
    version  bigint not null,
    constraint task_list_filter_user unique (user_id)
);
