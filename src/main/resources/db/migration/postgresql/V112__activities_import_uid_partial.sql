-- Only activities imported from a calendar file have an import uid, and they are found by it
-- (import_uid = ?, which implies it is not null). Every other activity, a series run's hundreds of
-- thousands among them, no longer adds a null to the index. H2 has no partial indexes.
drop index activity_import_uid;
create index activity_import_uid on activity (import_uid) where import_uid is not null;
