-- The columns a user's Contact List shows, in order, as a JSON array of field names
-- (company, customFields.contractCode ...); a user without a row sees the default columns.
create table contact_list_columns (
    user_id      uuid primary key references app_user (id) on delete cascade,
    column_names varchar(4000) not null
);
