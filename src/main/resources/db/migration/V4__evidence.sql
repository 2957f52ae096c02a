-- Evidence files (证明材料) of applications. Camunda Forms in Tasklist have no file picker, so the application keeps
-- the files itself, outside process variables, with the content in the row.
-- "bytea" is PostgreSQL's binary type; H2 2.x accepts the same name and creates BINARY VARYING. Hibernate maps the
-- entity's byte[] (VARBINARY) to exactly these two, so ddl-auto=validate passes on both. Not BLOB: on PostgreSQL a
-- @Lob byte[] becomes an oid large object, which is stored apart from the row and left behind on delete.
create table evidence_file (
  id              varchar(36)   not null primary key,
  application_id  bigint        not null,
  original_name   varchar(200)  not null,
  content_type    varchar(50)   not null,
  size_bytes      bigint        not null,
  sha256          varchar(64)   not null,
  description     varchar(200),
  uploaded_by     varchar(64)   not null,
  uploaded_at     timestamp     not null,
  content         bytea         not null,
  constraint evidence_file_application_fk foreign key (application_id) references application (id),
  -- The limits of EvidenceLimits and EvidenceType, repeated so that no other writer can bypass them.
  constraint evidence_file_size_ck check (size_bytes > 0 and size_bytes <= 20971520),
  constraint evidence_file_type_ck check (content_type in ('application/pdf', 'image/jpeg', 'image/png')),
  constraint evidence_file_content_uk unique (application_id, sha256)
);
create index evidence_file_application_idx on evidence_file (application_id, uploaded_at);
