-- The UID of the calendar event an activity was imported from (.ics import), so that importing
-- the event again updates the activity instead of adding another; null for activities made here.
alter table activity add column import_uid varchar(1000);
create index activity_import_uid on activity (import_uid);
