-- Labs context, part 1: the catalogue (facilities, tests and panels by LOINC code, reference ranges).
-- Public ids are UUIDs; bigint keys never leave the server.

create table lab_facility (
    id          bigint generated always as identity primary key,
    public_id   uuid not null unique,
    name        text not null,
    address     text not null,
    zone        text not null,
    home_collection boolean not null
);

-- A test or a panel (kind PANEL: its members are tests). Price in minor units of the currency.
create table lab_test (
    id               bigint generated always as identity primary key,
    loinc            text    not null unique,
    name             text    not null,
    kind             text    not null check (kind in ('TEST', 'PANEL')),
    specimen         text    not null,
    unit             text,
    price_minor      integer not null check (price_minor >= 0),
    currency         text    not null,
    turnaround_hours integer not null check (turnaround_hours > 0),
    preparation      text
);

create table lab_panel_member (
    panel_id bigint not null references lab_test (id),
    test_id  bigint not null references lab_test (id),
    primary key (panel_id, test_id)
);

create table lab_test_facility (
    test_id     bigint not null references lab_test (id),
    facility_id bigint not null references lab_facility (id),
    primary key (test_id, facility_id)
);

-- sex null = any; ages in whole years, inclusive from, exclusive to; critical limits may be absent
create table lab_reference_range (
    id            bigint generated always as identity primary key,
    test_id       bigint  not null references lab_test (id),
    sex           text check (sex in ('MALE', 'FEMALE')),
    age_from      integer not null default 0,
    age_to        integer not null default 200,
    low           numeric,
    high          numeric,
    critical_low  numeric,
    critical_high numeric,
    check (age_from < age_to)
);
create index lab_reference_range_test_idx on lab_reference_range (test_id);

insert into lab_facility (public_id, name, address, zone, home_collection) values
    ('6f1c2b1e-6a55-4f52-9d0e-0d7a4c1e5a01', 'Kiorex Central Laboratory', '1 Hospital Road, London', 'Europe/London', true),
    ('6f1c2b1e-6a55-4f52-9d0e-0d7a4c1e5a02', 'Northside Collection Centre', '44 North Street, London', 'Europe/London', false);

insert into lab_test (loinc, name, kind, specimen, unit, price_minor, currency, turnaround_hours, preparation) values
    ('2345-7', 'Glucose [Mass/volume] in Serum or Plasma', 'TEST', 'Serum or plasma', 'mg/dL', 900, 'GBP', 4,
     'Fast for 8 hours before the sample is taken; water is allowed.'),
    ('718-7', 'Hemoglobin [Mass/volume] in Blood', 'TEST', 'Whole blood (EDTA)', 'g/dL', 700, 'GBP', 4, null),
    ('2823-3', 'Potassium [Moles/volume] in Serum or Plasma', 'TEST', 'Serum or plasma', 'mmol/L', 800, 'GBP', 4, null),
    ('2951-2', 'Sodium [Moles/volume] in Serum or Plasma', 'TEST', 'Serum or plasma', 'mmol/L', 800, 'GBP', 4, null),
    ('6690-2', 'Leukocytes [#/volume] in Blood by Automated count', 'TEST', 'Whole blood (EDTA)', '10*3/uL', 700, 'GBP', 4, null),
    ('777-3', 'Platelets [#/volume] in Blood by Automated count', 'TEST', 'Whole blood (EDTA)', '10*3/uL', 700, 'GBP', 4, null),
    ('2160-0', 'Creatinine [Mass/volume] in Serum or Plasma', 'TEST', 'Serum or plasma', 'mg/dL', 900, 'GBP', 6, null),
    ('4548-4', 'Hemoglobin A1c/Hemoglobin.total in Blood', 'TEST', 'Whole blood (EDTA)', '%', 1500, 'GBP', 24, null),
    ('2093-3', 'Cholesterol [Mass/volume] in Serum or Plasma', 'TEST', 'Serum or plasma', 'mg/dL', 1000, 'GBP', 24,
     'Fast for 12 hours before the sample is taken; water is allowed.'),
    ('58410-2', 'CBC panel - Blood by Automated count', 'PANEL', 'Whole blood (EDTA)', null, 1800, 'GBP', 6, null),
    ('51990-0', 'Basic metabolic panel - Blood', 'PANEL', 'Serum or plasma', null, 2500, 'GBP', 6,
     'Fast for 8 hours before the sample is taken; water is allowed.');

insert into lab_panel_member (panel_id, test_id)
select p.id, t.id from lab_test p join lab_test t on
    (p.loinc = '58410-2' and t.loinc in ('718-7', '6690-2', '777-3'))
 or (p.loinc = '51990-0' and t.loinc in ('2345-7', '2823-3', '2951-2', '2160-0'));

-- the central laboratory runs everything; the collection centre only the routine blood tests
insert into lab_test_facility (test_id, facility_id)
select t.id, f.id from lab_test t, lab_facility f
where f.name = 'Kiorex Central Laboratory'
   or t.loinc in ('2345-7', '718-7', '6690-2', '777-3', '58410-2');

-- Adult ranges as commonly published by clinical laboratories (e.g. Mayo Clinic Laboratories);
-- critical limits from typical critical-value lists. A site replaces them with its own validated ranges.
insert into lab_reference_range (test_id, sex, age_from, age_to, low, high, critical_low, critical_high)
select t.id, r.sex, r.age_from, r.age_to, r.low, r.high, r.critical_low, r.critical_high
from (values
    ('2345-7', null,      0, 200,  70,   99,  40,  450),
    ('718-7',  'MALE',   18, 200, 13.5, 17.5,  7,   20),
    ('718-7',  'FEMALE', 18, 200, 12.0, 15.5,  7,   20),
    ('718-7',  null,      0,  18, 11.5, 15.5,  7,   20),
    ('2823-3', null,      0, 200,  3.5,  5.1, 2.8, 6.2),
    ('2951-2', null,      0, 200,  136,  145, 120, 160),
    ('6690-2', null,      0, 200,  4.5, 11.0, 2.0,  30),
    ('777-3',  null,      0, 200,  150,  450,  20, 1000),
    ('2160-0', 'MALE',   18, 200, 0.74, 1.35, null, 10),
    ('2160-0', 'FEMALE', 18, 200, 0.59, 1.04, null, 10),
    ('4548-4', null,      0, 200,  4.0,  5.6, null, null),
    ('2093-3', null,      0, 200, null,  200, null, null)
) as r(loinc, sex, age_from, age_to, low, high, critical_low, critical_high)
join lab_test t on t.loinc = r.loinc;

grant select, insert, update, delete on lab_facility, lab_test, lab_panel_member, lab_test_facility,
    lab_reference_range to ${appRole};
