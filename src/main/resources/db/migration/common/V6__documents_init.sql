create table document (
    id           uuid primary key,
    contact_id   uuid,
    group_id     uuid,
    file_name    varchar(255) not null,
    content_type varchar(200) not null,
    size_bytes   bigint not null,
    sha256       varchar(64) not null,
    uploaded_by  uuid not null,
    uploaded_at  timestamp with time zone not null,
    version      bigint not null
);

create index document_contact on document (contact_id, uploaded_at);
create index document_group on document (group_id, uploaded_at);
create index document_sha256 on document (sha256);

-- File contents, addressed by their SHA-256 and kept in chunks so that neither database
-- holds a whole file in one value and a download streams chunk by chunk.
create table document_chunk (
    sha256    varchar(64) not null,
    chunk_no  integer not null,
    data      bytea not null,
    primary key (sha256, chunk_no)
);
