-- Only entries that came from another database have an origin position: the index on it leaves
-- out this database's own entries, the many, which then cost nothing to index.
drop index journal_entry_origin_position;
create index journal_entry_origin_position on journal_entry (origin_db, origin_position, origin_seq) where origin_position is not null;
