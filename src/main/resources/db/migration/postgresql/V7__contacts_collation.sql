-- PostgreSQL databases are often created with the C collation, which sorts by code point.
-- Text that users sort gets the ICU root collation, the order a Russian or English reader
-- expects (H2 gets the same order from its database collation, set when it is created).
alter table contact
    alter column company type varchar(200) collate "und-x-icu",
    alter column first_name type varchar(100) collate "und-x-icu",
    alter column last_name type varchar(100) collate "und-x-icu",
    alter column salutation type varchar(100) collate "und-x-icu",
    alter column title type varchar(200) collate "und-x-icu",
    alter column department type varchar(200) collate "und-x-icu",
    alter column email type varchar(254) collate "und-x-icu",
    alter column website type varchar(500) collate "und-x-icu",
    alter column address1 type varchar(200) collate "und-x-icu",
    alter column address2 type varchar(200) collate "und-x-icu",
    alter column city type varchar(100) collate "und-x-icu",
    alter column region type varchar(100) collate "und-x-icu",
    alter column postal_code type varchar(20) collate "und-x-icu",
    alter column country type varchar(100) collate "und-x-icu",
    alter column referred_by type varchar(200) collate "und-x-icu";

alter table app_user alter column full_name type varchar(200) collate "und-x-icu";
alter table custom_value alter column text_value type varchar(1000) collate "und-x-icu";
alter table custom_field alter column label type varchar(100) collate "und-x-icu";
