-- API tokens get a scope (READ tokens may not write) and an expiry. Tokens made before this
-- had neither: they keep writing, and expire 90 days after the upgrade, as new ones do by default.
alter table api_token add column scope varchar(10) default 'WRITE' not null;
alter table api_token add column expires_at timestamp with time zone;
update api_token set expires_at = current_timestamp + interval '90' day;
alter table api_token alter column expires_at set not null;

-- When each token was last used, written at most once a minute per token. Beside the token, not
-- in it: the token is a journaled record, its use is this server's passing state.
create table api_token_use (
    token_id     uuid primary key references api_token (id) on delete cascade,
    last_used_at timestamp with time zone not null
);
