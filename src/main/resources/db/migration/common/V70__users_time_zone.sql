-- Each user's time zone (an IANA name); null follows the server's svyaz.time-zone.
alter table app_user add column time_zone varchar(64);
