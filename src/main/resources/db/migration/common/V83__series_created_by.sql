-- Who wrote a series: the role matrix lets its author change and delete it, and others only
-- with a role that may change others' records. Series written before have no author (null):
-- they are nobody's own.
alter table series add column created_by uuid;
