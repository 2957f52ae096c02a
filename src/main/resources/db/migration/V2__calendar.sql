-- Working-day calendar: holiday data for years the bundled tyme4j library lacks, and corrections to years it has.
-- Column names avoid YEAR and DAY, which H2 2.x reserves.

-- One row per year that has override data; its presence makes a year without library data usable.
create table calendar_year (
  year_number    integer      not null primary key,
  source         varchar(200) not null,
  loaded_at      timestamp    not null,
  -- Fingerprint of the holiday-overrides.yaml entry last applied, so an unchanged file rewrites nothing.
  file_checksum  varchar(64)
);

-- One row per date whose status departs from the Monday-to-Friday rule; wins over library data for that date.
create table calendar_override (
  override_date  date         not null primary key,
  kind           varchar(10)  not null,
  name           varchar(50)  not null,
  year_number    integer      not null,
  constraint calendar_override_kind_ck check (kind in ('HOLIDAY', 'WORKDAY')),
  constraint calendar_override_year_ck check (extract(year from override_date) = year_number),
  constraint calendar_override_year_fk foreign key (year_number) references calendar_year (year_number)
);
create index calendar_override_year_idx on calendar_override (year_number);
