-- Secrets never travel and are never kept in the journal (design/journal.md): entries written
-- before the journal knew its secrets held password and token hashes. They now say only that the
-- secret was set, and stay in this database; so do the fields local to it.
update journal_entry set field_value = null, local_only = true
where (entity = 'user' and field = 'passwordHash') or (entity = 'apiToken' and field = 'tokenHash');
update journal_entry set local_only = true
where op = 'SET' and ((entity = 'user' and field in ('mustChangePassword', 'credentialsChangedAt'))
    or (entity = 'apiToken' and field in ('userId', 'tokenName', 'scope', 'expiresAt'))
    or (entity = 'activity' and field = 'alarmAt'));
-- a creation's object names each field once: the hash is taken out with the comma beside it
update journal_entry set field_value = regexp_replace(field_value, '"passwordHash":"[^"]*",', '')
where entity = 'user' and op = 'CREATE' and field_value like '%"passwordHash":"%",%';
update journal_entry set field_value = regexp_replace(field_value, ',?"passwordHash":"[^"]*"', '')
where entity = 'user' and op = 'CREATE' and field_value like '%"passwordHash":%';
update journal_entry set field_value = regexp_replace(field_value, '"tokenHash":"[^"]*",', '')
where entity = 'apiToken' and op = 'CREATE' and field_value like '%"tokenHash":"%",%';
update journal_entry set field_value = regexp_replace(field_value, ',?"tokenHash":"[^"]*"', '')
where entity = 'apiToken' and op = 'CREATE' and field_value like '%"tokenHash":%';
