package com.kiorex.web.patients;

import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What staff search by. It travels in the body of a POST, never in the URL: names and birth dates
 * are PHI and URLs end up in proxy and access logs.
 */
public class SearchRequest {

    @Size(max = 100, message = "must be at most 100 characters")
    public String familyName;

    @Size(max = 100, message = "must be at most 100 characters")
    public String givenName;

    @Past(message = "must be in the past")
    public LocalDate birthDate;
}
