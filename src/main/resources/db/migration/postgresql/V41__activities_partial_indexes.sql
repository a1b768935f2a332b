-- Activities scheduled in bulk (a series run, an import) have no recurring rule, no group and
-- often no alarm. An index entry for a null costs as much to write as any other (a run of
-- 400,000 activities spent seconds on them) and is never read: every query on these columns
-- compares them with a value. On PostgreSQL the indexes leave the nulls out; H2 has no partial
-- indexes and keeps V20's and V22's.
drop index activity_series_member;
create index activity_series_member on activity (series_id) where series_id is not null;

drop index activity_group;
create index activity_group on activity (group_id) where group_id is not null;

drop index activity_alarm;
create index activity_alarm on activity (alarm_at) where alarm_at is not null;

drop index activity_owner_alarm;
create index activity_owner_alarm on activity (owner_id, alarm_at) where alarm_at is not null;

-- The journal's entries of records without a parent (most of them) need no entry in the index
-- by parent, which is only read for a given parent.
drop index journal_entry_parent;
create index journal_entry_parent on journal_entry (parent_id, seq) where parent_id is not null;
