-- Who may see a record (SPEC U3): PUBLIC (everyone), PRIVATE (its record manager, owner or
-- author alone) or LIMITED (also the teams and users of record_grant). Replaces is_private.
alter table contact add column access varchar(7) default 'PUBLIC' not null;
update contact set access = 'PRIVATE' where is_private;
alter table contact drop column is_private;
alter table contact add constraint contact_access check (access in ('PUBLIC', 'PRIVATE', 'LIMITED'));

alter table contact_group add column access varchar(7) default 'PUBLIC' not null;
alter table contact_group add constraint contact_group_access check (access in ('PUBLIC', 'PRIVATE', 'LIMITED'));

alter table activity add column access varchar(7) default 'PUBLIC' not null;
update activity set access = 'PRIVATE' where is_private;
alter table activity drop column is_private;
alter table activity add constraint activity_access check (access in ('PUBLIC', 'PRIVATE', 'LIMITED'));

alter table note add column access varchar(7) default 'PUBLIC' not null;
update note set access = 'PRIVATE' where is_private;
alter table note drop column is_private;
alter table note add constraint note_access check (access in ('PUBLIC', 'PRIVATE', 'LIMITED'));

alter table history_item add column access varchar(7) default 'PUBLIC' not null;
update history_item set access = 'PRIVATE' where is_private;
alter table history_item drop column is_private;
alter table history_item add constraint history_item_access check (access in ('PUBLIC', 'PRIVATE', 'LIMITED'));
