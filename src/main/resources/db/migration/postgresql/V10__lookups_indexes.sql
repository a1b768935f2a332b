-- Lookups on PostgreSQL. Search keys compare by code point (collation "C"), as on H2: folded to
-- lower case they sort as a Russian or English reader expects, one b-tree serves both prefix
-- lookups and sorting, and the order is the same on both databases. "Contains" and keyword
-- search go through one trigram index over a contact's main search keys, and full-text indexes
-- over notes and history. Every index costs each insert, so fields that are rarely looked up
-- (fax, home phone) are read without one.
create extension if not exists pg_trgm;

alter table contact
    alter column company_search type varchar(200) collate "C",
    alter column first_name_search type varchar(100) collate "C",
    alter column last_name_search type varchar(100) collate "C",
    alter column city_search type varchar(100) collate "C",
    alter column email_search type varchar(254) collate "C",
    alter column phone_search type varchar(50) collate "C",
    alter column mobile_search type varchar(50) collate "C",
    alter column fax_search type varchar(50) collate "C",
    alter column home_phone_search type varchar(50) collate "C";
alter table custom_value alter column text_search type varchar(1000) collate "C";

-- the list's orders: the default one, by last name, by city
drop index contact_default_order;
drop index contact_last_name;
drop index contact_city;
create index contact_default_order on contact (company_search, last_name_search, first_name_search, id);
create index contact_last_name_search on contact (last_name_search, id);
create index contact_city_search on contact (city_search, id);
create index contact_first_name_search on contact (first_name_search);
create index contact_email_search on contact (email_search);
create index contact_phone_search on contact (phone_search);
create index contact_mobile_search on contact (mobile_search);

-- My Clients (record manager) and My Prospects (record manager and status)
drop index contact_record_manager;
create index contact_manager_status on contact (record_manager_id, status);

-- a contact's main search keys as one text, as KeywordSearch writes it
create index contact_keywords on contact using gin (
    (company_search || ' ' || first_name_search || ' ' || last_name_search || ' ' || city_search || ' ' || email_search) gin_trgm_ops);

-- notes and history fold ё into е in the index, as the contact's search keys do
create index note_keywords on note using gin (to_tsvector('simple', translate(body, 'Ёё', 'Ее')));
create index history_item_keywords on history_item using gin (to_tsvector('simple', translate(regarding || ' ' || details, 'Ёё', 'Ее')));

-- custom values: lookups compare text by its search key; numbers and dates only where present
drop index custom_value_text;
drop index custom_value_number;
drop index custom_value_date;
create index custom_value_text_search on custom_value (field_id, text_search) where text_search is not null;
create index custom_value_number on custom_value (field_id, number_value) where number_value is not null;
create index custom_value_date on custom_value (field_id, date_value) where date_value is not null;

-- only notes, history and documents have a parent in the journal
drop index journal_entry_parent;
create index journal_entry_parent on journal_entry (parent_id, seq) where parent_id is not null;

create index contact_tag_contact on contact_tag (contact_id);
