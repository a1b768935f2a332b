-- The open activities of a user, by (owner_id, starts_at, id) as all of them are (V44).
drop index activity_open_owner_date;
create index activity_open_owner_start on activity (owner_id, starts_at, id) where cleared_at is null;
