-- An activity's contacts are memberships of the activity, as a group's members are of the group:
-- no record of their own (no id, no version), journaled with the activity (its CREATE entry
-- carries "contacts", later changes are LINK and UNLINK entries of its "contacts" field), and
-- erased with it by the activities module, the only one that writes them. No foreign key to
-- activity: its check locked every new activity row again, which doubled the cost of scheduling
-- a series for a hundred thousand contacts, and links are now inserted before their activities.
create table activity_contact_member (
    activity_id uuid not null,
    contact_id  uuid not null,
    -- the order in which the contacts were given, the first shown as the activity's contact
    position    integer not null,
    constraint activity_contact_member_pk primary key (activity_id, contact_id)
);

insert into activity_contact_member (activity_id, contact_id, position)
select activity_id, contact_id, row_number() over (partition by activity_id order by id) - 1
from activity_contact;

drop table activity_contact;
alter table activity_contact_member rename to activity_contact;
create index activity_contact_contact on activity_contact (contact_id, activity_id);
