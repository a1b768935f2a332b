-- Keyword search on PostgreSQL: the keyword text compares by code point, as the other search
-- keys do, and one trigram index over it replaces the one over the main search keys; another
-- serves "contains" on the custom fields' text values.
alter table contact alter column keywords_search type varchar(2000) collate "C";
drop index contact_keywords;
create index contact_keywords on contact using gin (keywords_search gin_trgm_ops);
create index custom_value_keywords on custom_value using gin (text_search gin_trgm_ops) where text_search is not null;
