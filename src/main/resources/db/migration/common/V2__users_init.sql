create table app_user (
    id            uuid primary key,
    -- stored in lower case, so user names are unique regardless of case
    user_name     varchar(60) not null,
    full_name     varchar(200) not null,
    password_hash varchar(200) not null,
    user_role     varchar(20) not null,
    language      varchar(5) not null,
    enabled       boolean not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    version       bigint not null,
    constraint app_user_name unique (user_name)
);

create table api_token (
    id           uuid primary key,
    user_id      uuid not null references app_user (id),
    token_name   varchar(100) not null,
    -- SHA-256 of the token; the token itself is shown once and never stored
    token_hash   varchar(64) not null,
    created_at   timestamp with time zone not null,
    version      bigint not null,
    constraint api_token_hash unique (token_hash)
);

create index api_token_user on api_token (user_id);
