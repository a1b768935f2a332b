-- V72 gave every activity the zone it was scheduled in.
alter table activity alter column time_zone set not null;
