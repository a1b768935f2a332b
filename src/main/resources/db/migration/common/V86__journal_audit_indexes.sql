-- The audit log reads the journal newest first (by hlc) for one user or one entity; without these
-- it would walk the clock's index through every other user's and entity's entries to fill a page.
create index journal_entry_user on journal_entry (user_id, hlc, seq);
create index journal_entry_entity on journal_entry (entity, hlc, seq);
