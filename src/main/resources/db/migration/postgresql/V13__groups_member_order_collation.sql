-- Members' sort keys compare by code point, as the contacts' own do (V10).
alter table group_member
    alter column company_search type varchar(200) collate "C",
    alter column last_name_search type varchar(100) collate "C",
    alter column first_name_search type varchar(100) collate "C";
