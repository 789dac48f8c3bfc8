-- Benchmark data for consultations: 10,000 doctors around Paris with 100 slots each (1,000,000
-- slots: 10 days x 10 half-hour slots from tomorrow). Idempotent (run as the schema owner).
insert into doctor (public_id, account_subject, display_name, email, specialties, languages, fee, currency,
                    facility_name, latitude, longitude, facility_zone, slot_minutes, verified, rating,
                    created_at, created_by, updated_at, updated_by, version)
select gen_random_uuid(), 'seed-' || g, 'Dr Seed ' || g, 'seed-' || g || '@bench.kiorex.local',
       array[(array['general-practice','cardiology','dermatology','endocrinology','gastroenterology','gynaecology',
                    'neurology','oncology','ophthalmology','orthopaedics','otorhinolaryngology','paediatrics',
                    'psychiatry','pulmonology','rheumatology','urology','diagnostic-medicine','general-surgery'])[1 + g % 18]],
       case g % 4 when 0 then array['fr'] when 1 then array['fr','en'] when 2 then array['en','de'] else array['fr','es'] end,
       20 + g % 181, 'EUR', 'Seed clinic ' || g % 700,
       48.30 + (g % 997) / 997.0 * 1.2, 1.70 + (g % 991) / 991.0 * 1.4, 'Europe/Paris', 30, g % 5 <> 0,
       round(2.0 + (g % 31) / 10.0, 1), now(), 'seed', now(), 'seed', 0
from generate_series(1, 10000) g
on conflict (account_subject) do nothing;

insert into slot (public_id, doctor_id, starts_at, ends_at)
select gen_random_uuid(), d.id, t, t + interval '30 minutes'
from doctor d
cross join generate_series(0, 99) n
cross join lateral (select (date_trunc('day', now() at time zone 'Europe/Paris') + interval '1 day' * (1 + n / 10)
                            + interval '9 hours' + interval '30 minutes' * (n % 10)) at time zone 'Europe/Paris' as t) s
where d.account_subject like 'seed-%'
on conflict do nothing;

analyze doctor;
analyze slot;
