create table contact_status (
    id         uuid primary key,
    code       varchar(40) not null,
    name_en    varchar(100) not null,
    name_ru    varchar(100) not null,
    position   integer not null,
    version    bigint not null,
    constraint contact_status_code unique (code)
);

-- The built-in statuses have the same ids in every database, so synchronization matches them.
insert into contact_status (id, code, name_en, name_ru, position, version) values
    ('01890000-0000-7000-8000-000000000001', 'prospect', 'Prospect', 'Перспективный', 1, 1),
    ('01890000-0000-7000-8000-000000000002', 'customer', 'Customer', 'Клиент', 2, 1),
    ('01890000-0000-7000-8000-000000000003', 'other', 'Other', 'Другое', 3, 1);

-- Text fields are never null (empty is ''), which keeps sorting and keyset paging simple.
create table contact (
    id                uuid primary key,
    company           varchar(200) default '' not null,
    first_name        varchar(100) default '' not null,
    last_name         varchar(100) default '' not null,
    salutation        varchar(100) default '' not null,
    title             varchar(200) default '' not null,
    department        varchar(200) default '' not null,
    phone             varchar(50) default '' not null,
    phone_ext         varchar(20) default '' not null,
    mobile            varchar(50) default '' not null,
    fax               varchar(50) default '' not null,
    home_phone        varchar(50) default '' not null,
    email             varchar(254) default '' not null,
    other_emails      varchar(2000) default '' not null,
    website           varchar(500) default '' not null,
    address1          varchar(200) default '' not null,
    address2          varchar(200) default '' not null,
    city              varchar(100) default '' not null,
    region            varchar(100) default '' not null,
    postal_code       varchar(20) default '' not null,
    country           varchar(100) default '' not null,
    status            varchar(40) not null references contact_status (code),
    record_manager_id uuid not null,
    referred_by       varchar(200) default '' not null,
    is_private        boolean default false not null,
    -- set on the contact that is a user's My Record
    my_record_of      uuid,
    created_at        timestamp with time zone not null,
    created_by        uuid,
    updated_at        timestamp with time zone not null,
    updated_by        uuid,
    version           bigint not null,
    constraint contact_my_record unique (my_record_of)
);

create index contact_default_order on contact (company, last_name, first_name, id);
create index contact_last_name on contact (last_name, id);
create index contact_city on contact (city, id);
create index contact_record_manager on contact (record_manager_id);
