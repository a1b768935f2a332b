-- A user who must choose a new password before doing anything else: the demo users, whose
-- passwords are printed on the console and in the manual.
alter table app_user add column must_change_password boolean default false not null;
-- When the user's password last changed: a session that logged in earlier is ended on its next
-- request (a stamp in the database, so it holds across servers too). Null: never since creation.
alter table app_user add column credentials_changed_at timestamp with time zone;

-- Log-ins, failed log-ins, lockouts and password changes, for the audit page. A server's own
-- record of who knocked: not journaled and never synchronized. Written a bounded number of times
-- per attacker (failures up to the lockout, then one lockout per window), so a brute force
-- cannot grow it without end. The user name is as typed (perhaps no user's), the address the
-- client's as the server saw it.
create table security_event (
    id          uuid primary key,
    kind        varchar(20) not null,
    user_name   varchar(60) not null,
    address     varchar(45),
    occurred_at timestamp with time zone not null
);

create index security_event_time on security_event (occurred_at);
