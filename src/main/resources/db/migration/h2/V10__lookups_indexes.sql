-- Lookups on H2: b-trees for prefix and equality (H2 turns LIKE 'abc%' into a range on them)
-- and for the list's orders, all on the search keys, which sort as on PostgreSQL. "Contains"
-- and keyword search read the search keys without an index. Fields that are rarely looked up
-- (fax, home phone) are read without one, as every index costs each insert.
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
drop index contact_record_manager;
create index contact_manager_status on contact (record_manager_id, status);
drop index custom_value_text;
create index custom_value_text_search on custom_value (field_id, text_search);
create index contact_tag_contact on contact_tag (contact_id);
