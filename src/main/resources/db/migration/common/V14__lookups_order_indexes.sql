-- The lookups people make most, a city and "my prospects / my clients", read in the list's
-- default order straight from an index: its leading columns select, the rest already sort. A
-- city's contacts may otherwise lie anywhere in that order (a Russian city's companies sort
-- after all Latin names), and walking the order to fill a page could pass most contacts.
-- These replace the narrower indexes on the same leading columns.
drop index if exists contact_city_search;
create index contact_city_order on contact (city_search, company_search, last_name_search, first_name_search, id);
drop index if exists contact_manager_status;
create index contact_manager_status_order on contact (record_manager_id, status, company_search, last_name_search,
    first_name_search, id);
