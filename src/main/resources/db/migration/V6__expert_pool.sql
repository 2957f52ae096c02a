-- Expert pool (专家库) for the random draw of evaluation panels. The id is the expert's Camunda user id. The
-- employer and the affiliated union point into the organisation tree when they are in it; an employer outside the
-- tree (a university, a research institute) has only its name. An inactive expert stays for history but is never
-- drawn.
create table expert (
  id                 varchar(64)  not null primary key,
  name               varchar(100) not null,
  employer_name      varchar(200) not null,
  employer_code      varchar(40),
  industry           varchar(100) not null,
  union_code         varchar(40),
  active             boolean      not null,
  updated_at         timestamp    not null,
  constraint expert_employer_fk foreign key (employer_code) references organisation (code),
  constraint expert_union_fk foreign key (union_code) references organisation (code)
);
create index expert_employer_idx on expert (employer_code);
create index expert_union_idx on expert (union_code);
