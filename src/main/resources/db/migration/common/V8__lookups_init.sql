-- Search keys: the text of the fields that lookups search most, folded (lower case, ё as е,
-- spaces collapsed) so that a lookup compares what a user means, and indexed. Phones are kept
-- as their digits reversed, so that a number typed without its country or city code (a suffix)
-- is found by a prefix of the key. Derived from the fields on every write; never journaled.
alter table contact add column company_search varchar(200) default '' not null;
alter table contact add column first_name_search varchar(100) default '' not null;
alter table contact add column last_name_search varchar(100) default '' not null;
alter table contact add column city_search varchar(100) default '' not null;
alter table contact add column email_search varchar(254) default '' not null;
alter table contact add column phone_search varchar(50) default '' not null;
alter table contact add column mobile_search varchar(50) default '' not null;
alter table contact add column fax_search varchar(50) default '' not null;
alter table contact add column home_phone_search varchar(50) default '' not null;

alter table custom_value add column text_search varchar(1000);

-- Tagged contacts of each user (tag mode): working state of a user's lookup, not a record that
-- is synchronized or audited, so not journaled.
create table contact_tag (
    user_id    uuid not null,
    contact_id uuid not null,
    primary key (user_id, contact_id)
);

create table saved_lookup (
    id          uuid primary key,
    lookup_name varchar(100) not null,
    owner_id    uuid not null,
    shared      boolean default false not null,
    -- the lookup as JSON: criteria, match, keyword and sort, as the API takes them
    definition  varchar(20000) not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint not null
);

create index saved_lookup_owner on saved_lookup (owner_id);
