-- A user's activities for a range of dates are found by (owner_id, starts_at), which every
-- activity has (its date at its time, midnight for a timeless one): the task list asks for the
-- dates' span of starts_at as well, so one index serves both and each activity writes one fewer.
-- The id ends the key: a series run gives a hundred thousand activities the same owner and
-- start, and PostgreSQL inserts equal keys into a posting list rewritten at each insertion.
drop index activity_owner_date;
drop index activity_owner_start;
create index activity_owner_start on activity (owner_id, starts_at, id);
