-- Each member's sort keys (copied from its contact, kept up to date when it changes), so that a
-- group's member list reads one index in the list's default order, at any depth and whatever
-- the size of the group. Derived data: never journaled.
alter table group_member add column company_search varchar(200) default '' not null;
alter table group_member add column last_name_search varchar(100) default '' not null;
alter table group_member add column first_name_search varchar(100) default '' not null;
create index group_member_order on group_member (group_id, company_search, last_name_search, first_name_search, contact_id);
