-- Reminders sent by e-mail: which alarm of which activity went out, so that each is sent once
-- (a snoozed alarm is a new one and is sent again). The mailer's working state, not a record
-- users see: not journaled.
create table reminder_mail (
    activity_id uuid not null,
    alarm_at    timestamp with time zone not null,
    sent_at     timestamp with time zone not null,
    primary key (activity_id, alarm_at)
);

-- the mailer's question: which alarms of all users are due now
create index activity_alarm on activity (alarm_at);
