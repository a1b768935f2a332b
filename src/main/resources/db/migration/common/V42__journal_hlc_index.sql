-- The journal's clock starts past the newest entry's HLC when the application starts; without
-- an index that read scans the whole journal (12 s for 16 million entries, paid by the first
-- write after a start). Local entries take ever larger HLCs, so the index grows at its end.
create index journal_entry_hlc on journal_entry (hlc);
