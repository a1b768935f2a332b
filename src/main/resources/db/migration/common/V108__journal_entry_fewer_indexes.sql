-- Every journal entry written pays for each index of journal_entry, and a series run writes
-- 400,000 of them in one statement. Two of the indexes V100 added cost more than they give:
-- journal_entry_record (record_id, seq) already finds a record's entries, which the apply path
-- then filters by field, and the origin index is needed only for entries that came from another
-- database (PostgreSQL keeps it for those alone: V109 in its own folder).
drop index journal_entry_record_field;
