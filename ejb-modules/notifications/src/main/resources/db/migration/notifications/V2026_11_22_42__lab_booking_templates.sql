-- Notices about lab orders (the labs context's LabBookingEvent). {{date}} and {{time}} are the start
-- of the collection window in the facility's zone; which tests were ordered is never in the text.
insert into notification_template (event_type, language, channel, subject, body)
select t.event_type, t.language, c.channel, t.subject,
       case when c.channel in ('SMS', 'PUSH') then t.short_body else t.body end
from (values
    ('lab-booking.booked', 'en', 'Lab appointment booked',
     'Your sample collection on {{date}} from {{time}} ({{zone}}) is booked. Follow the preparation instructions in Kiorex.',
     'Kiorex: sample collection booked for {{date}} {{time}}.'),
    ('lab-booking.booked', 'fr', 'Prélèvement réservé',
     'Votre prélèvement du {{date}} à partir de {{time}} ({{zone}}) est réservé. Suivez les consignes de préparation dans Kiorex.',
     'Kiorex : prélèvement réservé le {{date}} à {{time}}.'),
    ('lab-booking.collector-assigned', 'en', 'Your sample collector is assigned',
     'A collector will visit you on {{date}} from {{time}} ({{zone}}).',
     'Kiorex: a collector will visit you on {{date}} from {{time}}.'),
    ('lab-booking.collector-assigned', 'fr', 'Votre préleveur est désigné',
     'Un préleveur passera chez vous le {{date}} à partir de {{time}} ({{zone}}).',
     'Kiorex : un préleveur passera le {{date}} à partir de {{time}}.'),
    ('lab-booking.collected', 'en', 'Sample collected',
     'Your sample was collected. You will be told when the results are ready.',
     'Kiorex: your sample was collected.'),
    ('lab-booking.collected', 'fr', 'Prélèvement effectué',
     'Votre prélèvement a été effectué. Vous serez prévenu quand les résultats seront prêts.',
     'Kiorex : prélèvement effectué.'),
    ('lab-booking.cancelled', 'en', 'Lab appointment cancelled',
     'Your sample collection on {{date}} from {{time}} ({{zone}}) has been cancelled.',
     'Kiorex: sample collection on {{date}} {{time}} cancelled.'),
    ('lab-booking.cancelled', 'fr', 'Prélèvement annulé',
     'Votre prélèvement du {{date}} à {{time}} ({{zone}}) est annulé.',
     'Kiorex : prélèvement du {{date}} à {{time}} annulé.')
) as t (event_type, language, subject, body, short_body)
cross join (values ('EMAIL'), ('SMS'), ('PUSH'), ('IN_APP')) as c (channel);
