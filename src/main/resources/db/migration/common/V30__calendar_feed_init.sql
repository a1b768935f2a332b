-- Each user's secret iCalendar feed address. The token is a credential of this server alone, so
-- it is not journaled and never synchronized: another database issues its own. It is kept so the
-- account page can show the address again; the feed is found by the token's SHA-256 hash.
create table calendar_feed (
    user_id    uuid primary key,
    token      varchar(100) not null,
    token_hash varchar(64) not null,
    created_at timestamp with time zone not null,
    constraint calendar_feed_token_hash unique (token_hash)
);
