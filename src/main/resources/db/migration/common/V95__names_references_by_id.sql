-- Names users choose (status codes, activity type codes) may clash between databases created
-- offline (issue 16, point 6), so records refer to a definition by its UUID, which never clashes;
-- the API and the pages still speak codes. The journal's values follow in V96.

-- a contact's status: the status's id instead of its code (still named status, as the journal's field)
alter table contact add column status_id uuid;
update contact set status_id = (select s.id from contact_status s where s.code = contact.status);
drop index contact_manager_status_order;
alter table contact drop column status;
alter table contact rename column status_id to status;
alter table contact add constraint contact_status_ref foreign key (status) references contact_status (id);
-- My Prospects and My Clients: a record manager's contacts of a status in the list's default order (V14)
create index contact_manager_status_order on contact (record_manager_id, status, company_search, last_name_search,
    first_name_search, id);

-- an activity's type and a series step's type: the type's id
alter table activity add column type_id uuid;
update activity set type_id = (select t.id from activity_type t where t.code = activity.type_code);
alter table activity alter column type_id set not null;
alter table activity drop column type_code;

alter table series_step add column type_id uuid;
update series_step set type_id = (select t.id from activity_type t where t.code = series_step.type_code);
alter table series_step alter column type_id set not null;
alter table series_step drop column type_code;
