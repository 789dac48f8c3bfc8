-- Notices about prescriptions (the prescriptions context's requests). {{doctorName}} is the prescriber
-- as printed and {{issuedOn}} the issue date: never a medicine, a dose or the verification code, and
-- no "you", since the managing account may be told about a family member's prescription.
insert into notification_template (event_type, language, channel, subject, body)
select t.event_type, t.language, c.channel, t.subject,
       case when c.channel in ('SMS', 'PUSH') then t.short_body else t.body end
from (values
    ('prescription.issued', 'en', 'A prescription is ready',
     'A prescription from Dr {{doctorName}}, issued on {{issuedOn}}, is ready in Kiorex. Open the app to see it and to show it at the pharmacy.',
     'Kiorex: a prescription from Dr {{doctorName}} is ready in the app.'),
    ('prescription.issued', 'fr', 'Une ordonnance est disponible',
     'Une ordonnance du Dr {{doctorName}}, établie le {{issuedOn}}, est disponible dans Kiorex. Ouvrez l''application pour la consulter et la présenter à la pharmacie.',
     'Kiorex : une ordonnance du Dr {{doctorName}} est disponible dans l''application.'),
    ('prescription.cancelled', 'en', 'A prescription was cancelled',
     'Dr {{doctorName}} has cancelled the prescription issued on {{issuedOn}}; it can no longer be dispensed. Open Kiorex for details.',
     'Kiorex: Dr {{doctorName}} cancelled a prescription. See the app.'),
    ('prescription.cancelled', 'fr', 'Une ordonnance a été annulée',
     'Le Dr {{doctorName}} a annulé l''ordonnance établie le {{issuedOn}} ; elle ne peut plus être délivrée. Ouvrez Kiorex pour en savoir plus.',
     'Kiorex : le Dr {{doctorName}} a annulé une ordonnance. Voir l''application.')
) as t (event_type, language, subject, body, short_body)
cross join (values ('EMAIL'), ('SMS'), ('PUSH'), ('IN_APP')) as c (channel);
