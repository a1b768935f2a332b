-- Exports (calendars, contact lists, later mail merges) are security events too: who took what out
-- of the CRM, from where. What was exported: its entity, the one record it was about (or none),
-- and a short description of the file.
alter table security_event add column entity varchar(40);
alter table security_event add column record_id uuid;
alter table security_event add column detail varchar(200);

-- The audit log filtered by a user name reads that name's events newest first.
create index security_event_user on security_event (user_name, occurred_at);
