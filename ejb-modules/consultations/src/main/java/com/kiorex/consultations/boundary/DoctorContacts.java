package com.kiorex.consultations.boundary;

import com.kiorex.consultations.control.DoctorLookup;
import com.kiorex.kernel.contract.ContactDirectory;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;

/** Where to reach a doctor: the email of their profile, in the first language they list. */
@Dependent
public class DoctorContacts implements ContactDirectory {

    @Inject
    DoctorLookup doctors;

    @Override
    public Optional<ContactPoints> contactPoints(String accountSubject) {
        return doctors.byAccount(accountSubject)
                .map(d -> new ContactPoints(d.email(), null, d.languages().isEmpty() ? null : d.languages().get(0)));
    }
}
