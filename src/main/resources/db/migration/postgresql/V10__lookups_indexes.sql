-- Lookups on PostgreSQL: prefix and equality through pattern-ops b-trees (the database's own
-- collation may not be C), "contains" and keyword search through trigram and full-text GIN.
create extension if not exists pg_trgm;

create index contact_company_search on contact (company_search varchar_pattern_ops);
create index contact_first_name_search on contact (first_name_search varchar_pattern_ops);
create index contact_last_name_search on contact (last_name_search varchar_pattern_ops);
create index contact_city_search on contact (city_search varchar_pattern_ops);
create index contact_email_search on contact (email_search varchar_pattern_ops);
create index contact_phone_search on contact (phone_search varchar_pattern_ops);
create index contact_mobile_search on contact (mobile_search varchar_pattern_ops);
create index contact_fax_search on contact (fax_search varchar_pattern_ops);
create index contact_home_phone_search on contact (home_phone_search varchar_pattern_ops);
create index contact_status_manager on contact (status, record_manager_id);
create index custom_value_text_search on custom_value (field_id, text_search varchar_pattern_ops);

create index contact_company_trigram on contact using gin (company_search gin_trgm_ops);
create index contact_last_name_trigram on contact using gin (last_name_search gin_trgm_ops);

-- keyword search: a contact's main fields by trigrams (any part of a word), notes and history by
-- full text (words and their beginnings)
create index contact_keywords on contact using gin (
    (company_search || ' ' || first_name_search || ' ' || last_name_search || ' ' || city_search || ' ' || email_search) gin_trgm_ops);
-- notes and history fold ё into е in the index, as the contact's search keys do
create index note_keywords on note using gin (to_tsvector('simple', translate(body, 'Ёё', 'Ее')));
create index history_item_keywords on history_item using gin (to_tsvector('simple', translate(regarding || ' ' || details, 'Ёё', 'Ее')));

create index contact_tag_contact on contact_tag (contact_id);
