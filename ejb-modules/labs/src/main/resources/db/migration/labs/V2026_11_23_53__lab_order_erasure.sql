-- GDPR erasure removes a home collection's address. A home collection still needs an address
-- until its patient's record is erased; erased_at says when that happened.
alter table lab_order add column erased_at timestamptz;

-- the first migration left the rule unnamed: find it by what it says
do $$
declare
    rule text;
begin
    select conname into strict rule from pg_constraint
     where conrelid = 'lab_order'::regclass and contype = 'c'
       and pg_get_constraintdef(oid) like '%home_address IS NOT NULL%';
    execute format('alter table lab_order drop constraint %I', rule);
end $$;

alter table lab_order add constraint lab_order_home_has_address
    check (collection_mode = 'AT_LAB' or home_address is not null or erased_at is not null);
