-- Organisation tree (city -> recommending unions -> host units), synchronised from organisation-tree.yaml.
create table organisation (
  code         varchar(40)  not null primary key,
  name         varchar(200) not null,
  kind         varchar(20)  not null,
  category     varchar(20),
  parent_code  varchar(40),
  credit_code  varchar(18),
  sort_order   integer      not null,
  active       boolean      not null,
  updated_at   timestamp    not null,
  constraint organisation_parent_fk foreign key (parent_code) references organisation (code),
  constraint organisation_credit_code_uk unique (credit_code)
);
create index organisation_parent_idx on organisation (parent_code);
