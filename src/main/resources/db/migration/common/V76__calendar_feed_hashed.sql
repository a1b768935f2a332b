-- A feed token is a password for the user's calendar: keep only its hash, as for API tokens.
-- The account page shows an address once, when it is made; existing addresses keep working.
alter table calendar_feed drop column token;
