-- Each activity keeps the zone it was scheduled in (its scheduler's): its date and start time are
-- wall-clock values there. From V72 on, starts_at and ends_at are UTC instants (the start and end
-- of a timed activity, the start of its day in its zone for a timeless one), so activities of
-- users in different zones compare, and a later change of anyone's zone moves none of them.
alter table activity add column time_zone varchar(64);
