-- This database's own entries carry its id and their own seq as origin (origin_seq = seq, no
-- origin_position), so the primary key already makes them unique and finds them. Only entries
-- that came from another database need the unique origin index: PostgreSQL keeps it for those
-- alone, and the many entries this database writes cost nothing to index there (0.1 s for each
-- 100,000). H2 has no partial indexes and keeps the constraint whole.
alter table journal_entry drop constraint journal_entry_origin;
create unique index journal_entry_origin on journal_entry (origin_db, origin_seq) where origin_position is not null;
