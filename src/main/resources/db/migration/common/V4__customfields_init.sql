create table custom_field (
    id          uuid primary key,
    entity      varchar(20) not null,
    -- the key in the API's customFields object, e.g. contractCode
    field_name  varchar(60) not null,
    label       varchar(100) not null,
    field_type  varchar(10) not null,
    -- PICKLIST options as a JSON array of strings
    options     varchar(4000) default '[]' not null,
    position    integer not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint not null,
    constraint custom_field_name unique (entity, field_name)
);

-- One typed column per value kind, so numbers and dates compare as numbers and dates.
create table custom_value (
    record_id     uuid not null,
    field_id      uuid not null references custom_field (id) on delete cascade,
    text_value    varchar(1000),
    number_value  numeric(24, 6),
    date_value    date,
    boolean_value boolean,
    primary key (record_id, field_id)
);

create index custom_value_text on custom_value (field_id, text_value);
create index custom_value_number on custom_value (field_id, number_value);
create index custom_value_date on custom_value (field_id, date_value);
