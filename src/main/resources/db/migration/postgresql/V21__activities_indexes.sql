-- On PostgreSQL the open activities (the task list's usual view and the past-due filter) have
-- their own partial index, so a user's open activities of a week or of the past are read from
-- a small index however many cleared ones pile up.
create index activity_open_owner_date on activity (owner_id, activity_date, id) where cleared_at is null;

-- Keyword search (SPEC L3) reads the activities' Regarding and Details through this index, the
-- same expression as the notes' and history's (V10).
create index activity_keywords on activity using gin (to_tsvector('simple', translate(regarding || ' ' || details, 'Ёё', 'Ее')));
