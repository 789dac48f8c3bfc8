-- GDPR erasure deletes a prescription's stored PDF, because it prints the patient's name and birth
-- date. Documents are still never changed, and prescriptions and items are still never deleted.
grant delete on prescription_document to ${appRole};
