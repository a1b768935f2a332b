-- The activity whose clearing wrote a history item, so that editing the cleared activity
-- updates that item (issue 14). Null for items recorded by hand or by other modules, and for
-- items of activities cleared before this version, which the edit then leaves as they are.
alter table history_item add column activity_id uuid;

create index history_item_activity on history_item (activity_id);
